import type { PixelSize } from '../../catalog/index.ts';
import { safeArea, type Point } from './frames.ts';
import { extensionKey, planTarget, type Extension, type TargetPlan } from './plan.ts';
import type { PackTarget } from './schema.ts';

export type PlannedTarget = { target: PackTarget; plan: TargetPlan };

/** One extended canvas, one paid job, and every target cut from it. */
export type PlannedExtension = { key: string; extension: Extension; targets: PlannedTarget[] };

/** What a pack asks of one picture: the crops, and the extensions (each one job) with their targets. */
export type PictureWork = { crops: PlannedTarget[]; extensions: PlannedExtension[] };

export type PictureFraming = {
  focal: Point;
  /** The safe area's side as a share of the picture's shorter side. */
  safeShare: number;
  /** Frames the user dragged, by target id (see PlanInput.position). */
  positions: Readonly<Record<string, Point>>;
};

/** Every target of the pack planned on one picture; targets of one shape share an extension. */
export function planPicture(
  picture: PixelSize,
  targets: readonly PackTarget[],
  { focal, safeShare, positions }: PictureFraming,
): PictureWork {
  const safe = safeArea(picture, focal, safeShare);
  const crops: PlannedTarget[] = [];
  const extensions = new Map<string, PlannedExtension>();
  for (const target of targets) {
    const position = positions[target.id];
    const plan = planTarget({ picture, target, focal, safe, ...(position ? { position } : {}) });
    if (plan.kind === 'crop') {
      crops.push({ target, plan });
      continue;
    }
    const key = extensionKey(plan.extension);
    const shared = extensions.get(key) ?? { key, extension: plan.extension, targets: [] };
    shared.targets.push({ target, plan });
    extensions.set(key, shared);
  }
  return { crops, extensions: [...extensions.values()] };
}
