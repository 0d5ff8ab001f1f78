import type { JobSettings, Mode, ProviderId } from '../../catalog/index.ts';
import type { ZipDownloadFile } from '../images/index.lazy.ts';
import { readPngSize } from '../mask/index.lazy.ts';
import type { TargetPlan } from './plan.ts';
import type { PackTarget } from './schema.ts';
import { targetFileName } from './file-names.ts';

type MadeBy = { mode: Mode; provider: ProviderId; model: string; settings: JobSettings };

type FileFacts = {
  packName: string;
  target: PackTarget;
  plan: TargetPlan;
  picture: { name: string; width: number; height: number; job?: MadeBy };
  /** The job that made the new picture, for a target that needed some. */
  extendedBy?: MadeBy;
  /** The pack runs over several pictures: the picture's name starts each file's. */
  several: boolean;
};

export class PackFileError extends Error {}

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * One file of the pack: named by target and size, checked to be exactly the target's pixels,
 * with what made it written in (the prompt, and as JSON the pack, the target, how it was made,
 * its frame, any upscale, the picture and the job).
 */
export function packFile(bytes: Uint8Array, facts: FileFacts): ZipDownloadFile {
  const { target, plan, picture, extendedBy } = facts;
  const name = targetFileName(target, facts.several ? picture.name : undefined);
  const size = readPngSize(bytes);
  if (!size || size.width !== target.width || size.height !== target.height) {
    const got = size ? `${size.width}×${size.height}` : 'no readable PNG';
    throw new PackFileError(`${name} came out as ${got} instead of ${target.width}×${target.height}.`);
  }
  const madeBy = extendedBy ?? picture.job;
  const { prompt, ...settings } = madeBy?.settings ?? { prompt: undefined };
  const parameters = {
    pack: facts.packName,
    target: { name: target.name, width: target.width, height: target.height },
    method: plan.kind === 'crop' ? 'crop' : 'new picture',
    frame: plan.frame,
    ...(plan.kind === 'extend' ? { canvas: plan.extension } : {}),
    ...(plan.upscale > 1 ? { upscale: round(plan.upscale) } : {}),
    picture: { name: picture.name, width: picture.width, height: picture.height },
    ...(madeBy ? { mode: madeBy.mode, provider: madeBy.provider, model: madeBy.model, ...settings } : {}),
    ...(extendedBy ? { preservedOutsideMask: true } : {}),
  };
  return { name, bytes, text: { ...(prompt ? { prompt } : {}), parameters: JSON.stringify(parameters) } };
}
