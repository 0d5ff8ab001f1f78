import { fetchImageBlob } from '../../api/image.ts';
import { cutFrames } from '../compare/index.lazy.ts';
import { loadResultImage } from '../history/index.lazy.ts';
import { downloadZip, type ZipDownloadFile } from '../images/index.lazy.ts';
import { renderMask } from '../mask/index.lazy.ts';
import { prepareExtension, type ExtendOptions, type ExtensionJob } from './extension-job.ts';
import { packFile } from './pack-file.ts';
import type { LoadedPicture } from './picture.ts';
import type { PackTarget } from './schema.ts';
import { packZipName } from './file-names.ts';
import { planPicture, type PictureFraming, type PictureWork, type PlannedTarget } from './work.ts';

/**
 * A pack from start to zip, as plain async steps the dialog drives: prepare (plan, pad each
 * extension's source, find the ones the history already made), then, after the one
 * confirmation and the paid jobs, cut every frame, check each file's size and save the zip.
 */

type PreparedPicture = { picture: LoadedPicture; work: PictureWork; extensions: ExtensionJob[] };

export type PreparedPack = {
  packName: string;
  pictures: PreparedPicture[];
  /** Extensions no earlier job made: each is one paid job. */
  paid: ExtensionJob[];
  totalTargets: number;
  /** Targets cut from an extension, paid now or earlier. */
  newPictureTargets: number;
};

export async function preparePack(
  packName: string,
  targets: readonly PackTarget[],
  pictures: readonly { picture: LoadedPicture; framing: PictureFraming }[],
  options: ExtendOptions,
): Promise<PreparedPack> {
  const prepared: PreparedPicture[] = [];
  for (const { picture, framing } of pictures) {
    const work = planPicture(picture, targets, framing);
    const extensions: ExtensionJob[] = [];
    // One at a time: each padding decodes the whole picture in the worker.
    for (const planned of work.extensions) extensions.push(await prepareExtension(picture, planned, options));
    prepared.push({ picture, work, extensions });
  }
  const all = prepared.flatMap((p) => p.extensions);
  return {
    packName,
    pictures: prepared,
    paid: all.filter((job) => job.earlier === null),
    totalTargets: targets.length * pictures.length,
    newPictureTargets: all.reduce((sum, job) => sum + job.targets.length, 0),
  };
}

/** The new picture of each extension: a blob, or why there is none. Paid results come by URL. */
export type ExtensionPictures = Map<ExtensionJob, { url: string } | { error: string }>;

export type DeliveredPack = {
  name: string;
  files: number;
  upscaled: string[];
  /** Targets left out, each with why. */
  missing: string[];
};

async function newPicture(job: ExtensionJob, made: ExtensionPictures): Promise<Blob> {
  if (job.earlier) return loadResultImage(job.earlier.image);
  const outcome = made.get(job);
  if (!outcome) throw new Error('its job did not run');
  if ('error' in outcome) throw new Error(outcome.error);
  return fetchImageBlob(outcome.url);
}

const framesOf = (planned: readonly PlannedTarget[]) =>
  planned.map(({ target, plan }) => ({ rect: plan.frame, width: target.width, height: target.height }));

/**
 * Cuts every target of every picture (crops from the picture, the rest from its extension's
 * result over the padded source, "preserve outside mask" on), checks each file is exactly its
 * size, writes what made it into it, and saves one zip named by pack and date.
 */
export async function deliverPack(
  pack: PreparedPack,
  made: ExtensionPictures,
  featherRadius: number,
  now: number,
): Promise<DeliveredPack> {
  const several = pack.pictures.length > 1;
  const files: ZipDownloadFile[] = [];
  const missing: string[] = [];
  const upscaled: string[] = [];
  const file = (
    bytes: Uint8Array,
    { target, plan }: PlannedTarget,
    picture: LoadedPicture,
    job?: ExtensionJob,
  ) => {
    const { entry, settings } = job?.request ?? {};
    files.push(
      packFile(bytes, {
        packName: pack.packName,
        target,
        plan,
        picture,
        several,
        ...(entry && settings
          ? { extendedBy: { mode: entry.mode, provider: entry.provider, model: entry.model, settings } }
          : {}),
      }),
    );
    if (plan.upscale > 1) upscaled.push(`${target.name} ×${plan.upscale.toFixed(2)}`);
  };
  const bytesOf = async (blobs: Blob[]) =>
    Promise.all(blobs.map(async (b) => new Uint8Array(await b.arrayBuffer())));

  for (const { picture, work, extensions } of pack.pictures) {
    if (work.crops.length > 0) {
      const cut = await bytesOf(await cutFrames({ picture: picture.blob, frames: framesOf(work.crops) }));
      work.crops.forEach((planned, i) => file(cut[i]!, planned, picture));
    }
    for (const job of extensions) {
      try {
        const { canvas } = job.extension;
        const [result, mask] = await Promise.all([
          newPicture(job, made),
          renderMask(job.request.mask ?? [], canvas.width, canvas.height),
        ]);
        const blobs = await cutFrames({
          picture: job.request.source!.blob,
          over: { result, mask, featherRadius },
          frames: framesOf(job.targets),
        });
        const cut = await bytesOf(blobs);
        job.targets.forEach((planned, i) => file(cut[i]!, planned, picture, job));
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        for (const { target } of job.targets) missing.push(`${target.name} (${why})`);
      }
    }
  }
  if (files.length === 0) throw new Error(`No file could be made: ${missing.join('; ')}.`);
  const name = packZipName(pack.packName, now);
  await downloadZip(files, name);
  return { name, files: files.length, upscaled, missing };
}
