import { unwrap } from 'idb';
import * as z from 'zod/mini';
import type { ResultImage } from '../../wire/result.ts';
import type { HistoryDb, StoredJob } from './db.ts';
import { createdKey, MAX_BATCH, walkNewestFirst } from './newest-first.ts';
import { addSearchKeys, deleteSearchKey } from './search-writes.ts';
import { fromStored, toStored } from './stored-row.ts';
import { JobRecord, imageRefsFromResult, type JobCredits, type JobError } from './record.ts';

/**
 * The jobs of the history: recording, finishing, listing and deleting them. Image bytes
 * are handled by `images.ts`; listing them, by `listing.ts`.
 */

/** What is known about a job before it is sent. */
export const JobStart = z.omit(JobRecord, {
  status: true,
  images: true,
  finishedAt: true,
  credits: true,
  durationMs: true,
  error: true,
});
export type JobStart = z.infer<typeof JobStart>;

export type JobFinish = {
  images: readonly ResultImage[];
  credits?: JobCredits;
  finishedAt: number;
  /** Left out when the real duration is unknown (a job collected after a reload). */
  durationMs?: number;
};

export class HistoryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HistoryError';
  }
}

/** Records a job before its request leaves the browser, so a reload cannot lose it. */
export async function recordJobStart(db: HistoryDb, start: JobStart): Promise<JobRecord> {
  const record = JobRecord.parse({ ...start, status: 'running', images: [] });
  const row = toStored(record);
  const tx = db.transaction(['jobs', 'searchKeys', 'meta'], 'readwrite');
  // Together, so a refused row (an id recorded twice) rejects once, with the transaction's abort handled.
  await Promise.all([tx.objectStore('jobs').add(row), addSearchKeys(tx, [row]), tx.done]);
  return record;
}

/** Files a job's results. A job already done keeps what it has (another tab may have filed it). */
export async function finishJob(db: HistoryDb, id: string, finish: JobFinish): Promise<JobRecord> {
  const tx = db.transaction('jobs', 'readwrite');
  const row = await tx.store.get(id);
  if (!row) throw unknownJob(id);
  if (row.status === 'done') {
    await tx.done;
    return fromStored(row);
  }
  const { error: _error, ...rest } = fromStored(row);
  const record: JobRecord = {
    ...rest,
    status: 'done',
    images: imageRefsFromResult(id, finish.images),
    finishedAt: finish.finishedAt,
    ...(finish.credits !== undefined ? { credits: finish.credits } : {}),
    ...(finish.durationMs !== undefined ? { durationMs: finish.durationMs } : {}),
  };
  await tx.store.put(toStored(record));
  await tx.done;
  return record;
}

/** Marks a job failed, or cancelled when the error says so. A finished job keeps its results. */
export async function failJob(
  db: HistoryDb,
  id: string,
  error: JobError,
  finishedAt: number = Date.now(),
): Promise<JobRecord> {
  const tx = db.transaction('jobs', 'readwrite');
  const row = await tx.store.get(id);
  if (!row) throw unknownJob(id);
  if (row.status === 'done') {
    await tx.done;
    return fromStored(row);
  }
  const record: JobRecord = {
    ...fromStored(row),
    status: error.code === 'cancelled' ? 'cancelled' : 'failed',
    error: { code: error.code, message: error.message },
    finishedAt,
  };
  await tx.store.put(toStored(record));
  await tx.done;
  return record;
}

export async function getJob(db: HistoryDb, id: string): Promise<JobRecord | undefined> {
  const row = await db.get('jobs', id);
  return row ? fromStored(row) : undefined;
}

/** The job that produced an image. */
export async function getJobOfImage(db: HistoryDb, imageId: string): Promise<JobRecord | undefined> {
  const row = await db.getFromIndex('jobs', 'byImage', imageId);
  return row ? fromStored(row) : undefined;
}

/** The jobs sent with an image as their source, oldest first. */
export async function jobsMadeFrom(db: HistoryDb, imageId: string): Promise<JobRecord[]> {
  const rows = await db.getAllFromIndex('jobs', 'byParentImage', imageId);
  return rows.sort((a, b) => a.createdAt - b.createdAt).map(fromStored);
}

/** Jobs recorded as sent whose outcome has not been filed yet. */
export async function pendingJobs(db: HistoryDb): Promise<JobRecord[]> {
  const rows = await db.getAllFromIndex('jobs', 'byStatus', 'running');
  return rows.map(fromStored);
}

/**
 * Deletes a job with its images and thumbnails, and its source image unless another job
 * was sent with the same bytes. Answers false when there was no such job.
 */
export async function deleteJob(db: HistoryDb, id: string): Promise<boolean> {
  const tx = db.transaction(['jobs', 'images', 'thumbnails', 'sources', 'searchKeys'], 'readwrite');
  const jobs = tx.objectStore('jobs');
  const row = await jobs.get(id);
  if (!row) {
    await tx.done;
    return false;
  }
  for (const imageId of row.imageIds) {
    await tx.objectStore('images').delete(imageId);
    await tx.objectStore('thumbnails').delete(imageId);
  }
  if (row.source) {
    const sharing = await jobs.index('bySourceHash').count(row.source.hash);
    if (sharing <= 1) await tx.objectStore('sources').delete(row.source.hash);
  }
  await deleteSearchKey(tx, row);
  await jobs.delete(id);
  await tx.done;
  return true;
}

export function unknownJob(id: string): HistoryError {
  return new HistoryError(`The history has no job ${id}; it may have been deleted.`);
}

/** How long the latest finished jobs of one entry, quality and size took, newest first. */
export async function pastDurations(
  db: HistoryDb,
  match: { entryId: string; quality: string; size: string },
  limit = 10,
  scanned = 300,
): Promise<number[]> {
  const durations: number[] = [];
  const tx = db.transaction('jobs');
  const index = unwrap(tx.store.index('byCreated'));
  let seen = 0;
  for await (const row of walkNewestFirst<StoredJob>(index, createdKey, limit * 4, MAX_BATCH)) {
    if (++seen > scanned) break;
    if (
      row.status === 'done' &&
      row.durationMs !== undefined &&
      row.entryId === match.entryId &&
      row.settings.quality === match.quality &&
      row.settings.size === match.size
    ) {
      durations.push(row.durationMs);
      if (durations.length === limit) break;
    }
  }
  await tx.done;
  return durations;
}

/** What the jobs created at or after `since` cost, summed over those whose cost is known. */
export async function creditsSince(db: HistoryDb, since: number): Promise<number> {
  // One request for the whole span: a cursor would cost a round trip per job.
  const rows = await db.getAllFromIndex('jobs', 'byCreated', IDBKeyRange.lowerBound([since, '']));
  return rows.reduce((total, row) => total + (row.credits?.job ?? 0), 0);
}
