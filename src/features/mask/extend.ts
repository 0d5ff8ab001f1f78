import {
  checkGptImage2Size,
  GPT_IMAGE_2_LIMITS,
  parseAspectRatio,
  type PixelSize,
} from '../../catalog/index.ts';
import type { MaskOp } from './ops.ts';

/**
 * Extending the canvas (outpainting), as pure functions: which target sizes make sense for a
 * source, where the source sits in one, and the mask that asks the inpainter to fill the new
 * area and blend a band of the original into it. Size validity is the catalog's to decide.
 */

export type Placement = { x: number; y: number };
/** One of nine anchors: 0 = left/top, 0.5 = centre, 1 = right/bottom. */
export type Anchor = { x: 0 | 0.5 | 1; y: 0 | 0.5 | 1 };

export const ANCHORS: readonly { anchor: Anchor; label: string }[] = [
  { anchor: { x: 0, y: 0 }, label: 'Top left' },
  { anchor: { x: 0.5, y: 0 }, label: 'Top' },
  { anchor: { x: 1, y: 0 }, label: 'Top right' },
  { anchor: { x: 0, y: 0.5 }, label: 'Left' },
  { anchor: { x: 0.5, y: 0.5 }, label: 'Centre' },
  { anchor: { x: 1, y: 0.5 }, label: 'Right' },
  { anchor: { x: 0, y: 1 }, label: 'Bottom left' },
  { anchor: { x: 0.5, y: 1 }, label: 'Bottom' },
  { anchor: { x: 1, y: 1 }, label: 'Bottom right' },
];

const PRESET_RATIOS = [
  '1:1',
  '4:3',
  '3:2',
  '16:9',
  '2:1',
  '3:1',
  '3:4',
  '2:3',
  '9:16',
  '1:2',
  '1:3',
] as const;

/** How far the feathered overlap band reaches into the original, in pixels. */
const OVERLAP_BAND = 32;

/**
 * For each preset aspect ratio, the smallest valid gpt-image-2 size of that shape that holds
 * the source whole (on the catalog's block grid); ratios with no such size, or no new area,
 * are left out.
 */
export function extendPresets(source: PixelSize): { ratio: string; size: PixelSize }[] {
  const block = GPT_IMAGE_2_LIMITS.block;
  const up = (value: number) => Math.ceil(value / block) * block;
  const presets: { ratio: string; size: PixelSize }[] = [];
  for (const ratio of PRESET_RATIOS) {
    const aspect = parseAspectRatio(ratio);
    if (!aspect) continue;
    const wide = source.width / source.height < aspect;
    const size = wide
      ? { width: up(source.height * aspect), height: up(source.height) }
      : { width: up(source.width), height: up(source.width / aspect) };
    const grows = size.width > source.width || size.height > source.height;
    if (grows && extendProblems(source, size).length === 0) presets.push({ ratio, size });
  }
  return presets;
}

/** Why a target size cannot be used to extend this source: the catalog's rules, then containment. */
export function extendProblems(source: PixelSize, target: PixelSize): string[] {
  const problems = checkGptImage2Size(target).map((violation) => violation.message);
  if (target.width < source.width || target.height < source.height) {
    problems.push(
      `The extended canvas must hold the whole source (${source.width}×${source.height}); ${target.width}×${target.height} is smaller.`,
    );
  } else if (target.width === source.width && target.height === source.height) {
    problems.push('That is the source size: there is no new area to fill.');
  }
  return problems;
}

export function placeAtAnchor(anchor: Anchor, source: PixelSize, target: PixelSize): Placement {
  return {
    x: Math.round((target.width - source.width) * anchor.x),
    y: Math.round((target.height - source.height) * anchor.y),
  };
}

/** A dragged placement kept inside the target, on whole pixels. */
export function clampPlacement(at: Placement, source: PixelSize, target: PixelSize): Placement {
  const clamp = (value: number, max: number) => Math.min(Math.max(0, Math.round(value)), Math.max(0, max));
  return { x: clamp(at.x, target.width - source.width), y: clamp(at.y, target.height - source.height) };
}

/**
 * The mask for the extended canvas: everything, minus the original inset by half the band on
 * each side that borders new area, feathered by half the band. The new area stays exactly
 * white, the original deeper than the band exactly black, and the band ramps between them.
 */
export function extensionMaskOps(
  source: PixelSize,
  at: Placement,
  target: PixelSize,
  band = OVERLAP_BAND,
): MaskOp[] {
  const half = Math.max(1, Math.round(band / 2));
  const left = at.x > 0 ? half : 0;
  const top = at.y > 0 ? half : 0;
  const right = at.x + source.width < target.width ? half : 0;
  const bottom = at.y + source.height < target.height ? half : 0;
  return [
    { type: 'fill' },
    {
      type: 'rect',
      x: at.x + left,
      y: at.y + top,
      width: Math.max(0, source.width - left - right),
      height: Math.max(0, source.height - top - bottom),
      erase: true,
    },
    { type: 'feather', radius: half },
  ];
}
