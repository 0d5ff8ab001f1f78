import type { HistoryDb } from './db.ts';
import type { ImageRef, JobRecord } from './record.ts';
import { unknownJob, HistoryError } from './repository.ts';
import { fromStored, toStored } from './stored-row.ts';

/** Fetches an image's bytes from where the provider serves it (through the studio's proxy). */
export type FetchBlob = (url: string, signal?: AbortSignal) => Promise<Blob>;

/** A preview of an image, and the image's own pixel size (read while decoding it). */
export type Thumbnail = { thumbnail: Blob; width: number; height: number };
export type MakeThumb = (image: Blob) => Promise<Thumbnail>;

export type CacheReport = {
  /** Image ids stored by this call. */
  cached: string[];
  failed: { imageId: string; message: string }[];
};

/**
 * Stores every result image of a job that is not stored yet, with its thumbnail, so the
 * history shows it after the provider's signed URL expires. One image failing does not
 * stop the others; an image left uncached can be tried again later.
 */
export async function cacheResultImages(
  db: HistoryDb,
  jobId: string,
  fetchBlob: FetchBlob,
  makeThumb: MakeThumb,
  signal?: AbortSignal,
): Promise<CacheReport> {
  const row = await db.get('jobs', jobId);
  if (!row) throw unknownJob(jobId);
  const pending = row.images.filter((image) => !image.cached);
  // Downloads happen outside any transaction: IndexedDB commits one that waits on the network.
  const settled = await Promise.allSettled(
    pending.map(async (image) => {
      const blob = await fetchBlob(image.url, signal);
      return { image, blob, ...(await makeThumb(blob)) };
    }),
  );
  const report: CacheReport = { cached: [], failed: [] };
  const ready = settled.flatMap((outcome, i) => {
    if (outcome.status === 'fulfilled') return [outcome.value];
    report.failed.push({ imageId: pending[i]?.id ?? '', message: reasonText(outcome.reason) });
    return [];
  });
  if (ready.length === 0) return report;

  const tx = db.transaction(['jobs', 'images', 'thumbnails'], 'readwrite');
  const current = await tx.objectStore('jobs').get(jobId);
  // Deleted while downloading: nothing to file the bytes under.
  if (!current) {
    await tx.done;
    return {
      cached: [],
      failed: ready.map(({ image }) => ({ imageId: image.id, message: 'The job was deleted.' })),
    };
  }
  const byId = new Map(ready.map((item) => [item.image.id, item]));
  const images = current.images.map((image): ImageRef => {
    const item = byId.get(image.id);
    return item ? { ...image, cached: true, width: item.width, height: item.height } : image;
  });
  for (const item of ready) {
    await tx.objectStore('images').put(item.blob, item.image.id);
    await tx.objectStore('thumbnails').put(item.thumbnail, item.image.id);
    report.cached.push(item.image.id);
  }
  await tx.objectStore('jobs').put(toStored({ ...fromStored(current), images }));
  await tx.done;
  return report;
}

function reasonText(reason: unknown): string {
  return reason instanceof Error && reason.message ? reason.message : 'The image could not be saved.';
}

export async function getImageBlob(db: HistoryDb, imageId: string): Promise<Blob | undefined> {
  return db.get('images', imageId);
}

/**
 * A result image's bytes: the stored copy, else the provider's URL while it is valid. An image
 * whose full size was dropped to free storage says so once its URL no longer answers.
 */
export async function readResultImage(db: HistoryDb, image: ImageRef, fetchBlob: FetchBlob): Promise<Blob> {
  const stored = image.cached && !image.dropped ? await getImageBlob(db, image.id) : undefined;
  if (stored) return stored;
  try {
    return await fetchBlob(image.url);
  } catch (error) {
    if (!image.dropped) throw error;
    throw new HistoryError(
      'The full-size image was dropped to free storage and its link has expired; only its thumbnail is kept.',
    );
  }
}

export async function getThumbnail(db: HistoryDb, imageId: string): Promise<Blob | undefined> {
  return db.get('thumbnails', imageId);
}

export async function setStarred(db: HistoryDb, imageId: string, on: boolean): Promise<JobRecord> {
  return updateImages(db, imageId, (image) => (image.id === imageId ? { ...image, starred: on } : image));
}

/** Rejects an image (triage hides it) or takes the rejection back. */
export async function setRejected(db: HistoryDb, imageId: string, on: boolean): Promise<JobRecord> {
  return updateImages(db, imageId, (image) => (image.id === imageId ? { ...image, rejected: on } : image));
}

/** Makes an image its job's winner (only one per job), or takes the title away. */
export async function setWinner(db: HistoryDb, imageId: string, on: boolean = true): Promise<JobRecord> {
  return updateImages(db, imageId, (image) =>
    image.id === imageId ? { ...image, winner: on } : on ? { ...image, winner: false } : image,
  );
}

async function updateImages(
  db: HistoryDb,
  imageId: string,
  change: (image: ImageRef) => ImageRef,
): Promise<JobRecord> {
  const tx = db.transaction('jobs', 'readwrite');
  const row = await tx.store.index('byImage').get(imageId);
  if (!row) throw new HistoryError(`The history has no image ${imageId}; it may have been deleted.`);
  const record = { ...fromStored(row), images: row.images.map(change) };
  await tx.store.put(toStored(record));
  await tx.done;
  return record;
}

/** Stores a source image once per content hash. */
export async function saveSourceBlob(db: HistoryDb, hash: string, blob: Blob): Promise<void> {
  const tx = db.transaction('sources', 'readwrite');
  if ((await tx.store.getKey(hash)) === undefined) await tx.store.put(blob, hash);
  await tx.done;
}

export async function getSourceBlob(db: HistoryDb, hash: string): Promise<Blob | undefined> {
  return db.get('sources', hash);
}
