import { compareStore } from '../compare/index.ts';
import { preserveOutsideMask } from '../compare/index.lazy.ts';
import { findJobOfImage, loadResultImage, storedSourceBlob } from '../history/index.lazy.ts';
import { renderMask } from '../mask/index.lazy.ts';
import { shownSubject, type ImageSubject } from './subject.ts';

/** Blobs fetched this page, by image id: one download serves the viewer, compare and a download. */
const fetched = new Map<string, Promise<Blob>>();
const MAX_FETCHED = 24;

/** A result's bytes: fetched already this page → stored in the history → through `/api/image`. */
export function loadImageBlob({ image }: ImageSubject): Promise<Blob> {
  let blob = fetched.get(image.id);
  if (!blob) {
    blob = loadResultImage(image);
    blob.catch(() => fetched.delete(image.id));
    fetched.set(image.id, blob);
    if (fetched.size > MAX_FETCHED) fetched.delete(fetched.keys().next().value ?? image.id);
  }
  return blob;
}

/** The source a job was sent with: held by this page, or stored in the history. */
export async function loadSourceBlob(subject: ImageSubject): Promise<Blob | undefined> {
  if (subject.sourceBlob) return subject.sourceBlob;
  const { source } = subject.job;
  return source ? storedSourceBlob(source.hash).catch(() => undefined) : undefined;
}

/** An image picked by id: as this page showed it, or from the history. */
export async function loadSubject(imageId: string): Promise<ImageSubject> {
  const shown = shownSubject(imageId);
  if (shown) return shown;
  const job = await findJobOfImage(imageId);
  const image = job?.images.find((candidate) => candidate.id === imageId);
  if (!job || !image) throw new Error('That image is no longer in the history.');
  return { job, image };
}

/** The source and, for inpaint, the mask a result was made with, when they are still at hand. */
export async function loadJobContext(
  subject: ImageSubject,
): Promise<{ source: Blob; width: number; height: number; coverage?: Uint8ClampedArray } | undefined> {
  const { job } = subject;
  if (!job.source) return undefined;
  const source = await loadSourceBlob(subject);
  if (!source) return undefined;
  const { width, height } = job.source;
  // Rendered in the mask worker: a 4K mask must not block the page.
  const coverage = job.mode === 'inpaint' && job.mask ? await renderMask(job.mask, width, height) : undefined;
  return { source, width, height, ...(coverage ? { coverage } : {}) };
}

/**
 * The bytes a designer takes away (download, next source): the result as made, or with
 * "preserve outside mask" on, the result composited over the source through the mask.
 */
export async function deliverableBlob(
  subject: ImageSubject,
  preserve: { on: boolean; featherRadius: number },
): Promise<{ blob: Blob; composited: boolean }> {
  const blob = await loadImageBlob(subject);
  if (!preserve.on || subject.job.mode !== 'inpaint') return { blob, composited: false };
  const context = await loadJobContext(subject);
  if (!context?.coverage) return { blob, composited: false };
  const composite = await preserveOutsideMask({
    source: context.source,
    result: blob,
    maskCoverage: context.coverage,
    featherRadius: preserve.featherRadius,
  });
  return { blob: composite, composited: true };
}

/** The bytes a designer takes away, with "preserve outside mask" as the user has it now. */
export function currentDeliverable(subject: ImageSubject): Promise<{ blob: Blob; composited: boolean }> {
  const { preserveOutsideMask: on, featherRadius } = compareStore.getState();
  return deliverableBlob(subject, { on, featherRadius });
}
