import { IMAGE_MIME, sniffImageType } from '../../../wire/image-type.ts';
import { downloadBlob } from '../../../ui/download-blob.ts';
import { embedSettings, type EmbeddedJob } from './embed-settings.ts';
import { resultFileName, zipFileName } from './file-name.ts';
import { zipFiles } from './zip.ts';

export type DownloadItem = {
  /** The bytes to save: the result as fetched, or its composite when "preserve outside mask" is on. */
  bytes: Uint8Array<ArrayBuffer>;
  job: EmbeddedJob;
  /** Zero-based position of the image among its job's results. */
  index: number;
};

export type PreparedDownload = { blob: Blob; name: string };

export class DownloadError extends Error {}

/**
 * One image as itself (MIME and extension from its actual bytes, settings embedded), or
 * several as one zip. The format is read from the bytes because a composite is PNG even
 * when the job asked for JPEG.
 */
export function prepareDownload(items: DownloadItem[]): PreparedDownload {
  const files = items.map(prepareFile);
  const [only] = files;
  if (!only) throw new DownloadError('Select at least one image to download.');
  if (files.length === 1) return { blob: new Blob([only.bytes], { type: only.mime }), name: only.name };
  const zip = zipFiles(files);
  const prompts = new Set(items.map((item) => item.job.settings.prompt));
  const prompt = prompts.size === 1 ? [...prompts][0] : undefined;
  return {
    blob: new Blob([zip], { type: 'application/zip' }),
    name: zipFileName({ prompt, count: files.length }),
  };
}

/** Saves one result as its own file or several as a zip, with the job's settings embedded. */
export function downloadResults(items: DownloadItem[]): void {
  const { blob, name } = prepareDownload(items);
  downloadBlob(blob, name);
}

function prepareFile({ bytes, job, index }: DownloadItem) {
  const format = sniffImageType(bytes);
  if (!format)
    throw new DownloadError(`Image ${index + 1} is not a PNG, JPEG or WebP file, so it cannot be saved.`);
  const name = resultFileName({
    prompt: job.settings.prompt,
    mode: job.mode,
    model: job.model,
    size: job.settings.size,
    quality: job.settings.quality,
    index,
    format,
  });
  return { name, bytes: embedSettings(bytes, job), mime: IMAGE_MIME[format] };
}
