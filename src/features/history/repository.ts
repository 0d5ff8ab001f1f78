import { unwrap } from 'idb';
import * as z from 'zod/mini';
import type { Mode } from '../../catalog/schema.ts';
import type { ResultImage } from '../../wire/result.ts';
import type { HistoryDb, StoredJob } from './db.ts';
import { walkNewestFirst } from './newest-first.ts';
import { JobRecord, imageRefsFromResult, type JobCredits, type JobError } from './record.ts';

/**
 * The jobs of the history: recording, finishing, listing and deleting them. Image bytes
 * are handled by `images.ts`; the only blobs this module reads are the thumbnails a first
 * page brings along, so the first screen costs one transaction.
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

/** Where a page of the history ends; the next page starts after it. */
export type HistoryCursor = { createdAt: number; id: string };

export type HistoryFilters = {
  /** Words that must all appear in the prompt, in any case. */
  search?: string;
  mode?: Mode;
  model?: string;
  starredOnly?: boolean;
};

export type ListQuery = HistoryFilters & {
  before?: HistoryCursor;
  limit: number;
  /** How many thumbnails of the page's first images to read in the same transaction. */
  thumbnails?: number;
};

export type JobPage = {
  jobs: JobRecord[];
  next?: HistoryCursor;
  /** The thumbnails asked for, by image id (images without one are left out). */
  thumbnails?: Map<string, Blob>;
};

export class HistoryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HistoryError';
  }
}

export function toStored(record: JobRecord): StoredJob {
  return { ...record, imageIds: record.images.map((image) => image.id) };
}

export function fromStored(row: StoredJob): JobRecord {
  const { imageIds: _imageIds, ...record } = row;
  return record;
}

/** Records a job before its request leaves the browser, so a reload cannot lose it. */
export async function recordJobStart(db: HistoryDb, start: JobStart): Promise<JobRecord> {
  const record = JobRecord.parse({ ...start, status: 'running', images: [] });
  await db.add('jobs', toStored(record));
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

/** The creation index's key of a row: its time, then its id, which breaks ties. */
const createdKey = (row: { createdAt: number; id: string }): [number, string] => [row.createdAt, row.id];
/** Rows read at once while filters skip rows or durations are looked for. */
const MAX_BATCH = 160;

/**
 * One page of jobs, newest first, that match the filters. Reads the creation index
 * backwards a batch at a time (the page and one more row first, which tells whether another
 * page follows) and stops as soon as the page is full, so the first page of a long history
 * costs the same as a short one (when no filter skips most rows).
 */
export async function listJobs(db: HistoryDb, query: ListQuery): Promise<JobPage> {
  const matches = jobMatcher(query);
  const wanted = query.thumbnails ?? 0;
  const tx = db.transaction(wanted > 0 ? ['jobs', 'thumbnails'] : ['jobs']);
  const index = unwrap(tx.objectStore('jobs').index('byCreated'));
  const jobs: JobRecord[] = [];
  let more = false;
  // The page and one more row first: that row tells whether another page follows.
  const rows = walkNewestFirst<StoredJob>(
    index,
    createdKey,
    query.limit + 1,
    MAX_BATCH,
    query.before && createdKey(query.before),
  );
  for await (const row of rows) {
    if (!matches(row)) continue;
    if (jobs.length === query.limit) {
      more = true;
      break;
    }
    jobs.push(fromStored(row));
  }
  const ids = jobs.flatMap((job) => job.images.filter((image) => image.cached).map((image) => image.id));
  const thumbnails = new Map<string, Blob>();
  if (wanted > 0) {
    const store = tx.objectStore('thumbnails');
    // All requests at once: IndexedDB answers them in order within the one transaction.
    const blobs = await Promise.all(ids.slice(0, wanted).map((id) => store.get(id)));
    blobs.forEach((blob, i) => {
      const id = ids[i];
      if (blob && id) thumbnails.set(id, blob);
    });
  }
  await tx.done;
  const last = jobs.at(-1);
  const next = more && last ? { next: { createdAt: last.createdAt, id: last.id } } : {};
  return { jobs, ...next, ...(wanted > 0 ? { thumbnails } : {}) };
}

function jobMatcher(filters: HistoryFilters): (row: StoredJob) => boolean {
  const words = (filters.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return (row) => {
    if (filters.mode && row.mode !== filters.mode) return false;
    if (filters.model && row.model !== filters.model) return false;
    if (filters.starredOnly && !row.images.some((image) => image.starred)) return false;
    if (words.length === 0) return true;
    const prompt = row.settings.prompt.toLowerCase();
    return words.every((word) => prompt.includes(word));
  };
}

/**
 * Deletes a job with its images and thumbnails, and its source image unless another job
 * was sent with the same bytes. Answers false when there was no such job.
 */
export async function deleteJob(db: HistoryDb, id: string): Promise<boolean> {
  const tx = db.transaction(['jobs', 'images', 'thumbnails', 'sources'], 'readwrite');
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
