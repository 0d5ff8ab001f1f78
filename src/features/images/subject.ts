import type { ImageRef, JobRecord } from '../history/index.lazy.ts';

/**
 * One result image with the job that made it: what every image action works on, wherever the
 * image is shown (results, sweep, history, compare).
 */
export type ImageSubject = {
  job: JobRecord;
  image: ImageRef;
  /** The source bytes the job was sent with, while this page holds them (the history may not). */
  sourceBlob?: Blob;
};

/**
 * The subjects this page has shown, by image id, so a pick for compare (kept as an id) still
 * finds its image when the history could not store it.
 */
const shown = new Map<string, ImageSubject>();
const MAX_SHOWN = 500;

export function rememberSubject(subject: ImageSubject): void {
  shown.delete(subject.image.id);
  shown.set(subject.image.id, subject);
  if (shown.size > MAX_SHOWN) shown.delete(shown.keys().next().value ?? subject.image.id);
}

export function shownSubject(imageId: string): ImageSubject | undefined {
  return shown.get(imageId);
}

/** A job's images as subjects. */
export function subjectsOf(job: JobRecord, sourceBlob?: Blob): ImageSubject[] {
  return job.images.map((image) => ({ job, image, ...(sourceBlob ? { sourceBlob } : {}) }));
}
