import { unwrap } from 'idb';
import type { Mode } from '../../catalog/schema.ts';
import type { HistoryDb, StoredJob } from './db.ts';
import { createdKey, MAX_BATCH, walkNewestFirst } from './newest-first.ts';
import type { IndexAnswer, IndexCursor, IndexQuery } from './prompt-index.ts';
import type { JobRecord } from './record.ts';
import { promptHas, searchWords } from './search-key.ts';
import { fromStored } from './stored-row.ts';

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

/**
 * The creation index backwards: the page and one more row first (which tells whether another
 * page follows), so the first page of a long history costs the same as a short one. Only "starred
 * only" filters rows here, and a history with few stars is read further for it.
 */
export async function listByCreation(db: HistoryDb, query: ListQuery): Promise<JobPage> {
  const matches = jobMatcher(query);
  const wanted = query.thumbnails ?? 0;
  const tx = db.transaction(wanted > 0 ? ['jobs', 'thumbnails'] : ['jobs']);
  const index = unwrap(tx.objectStore('jobs').index('byCreated'));
  const jobs: JobRecord[] = [];
  let more = false;
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
  const thumbnails =
    wanted > 0 ? await readThumbnails(tx.objectStore('thumbnails'), jobs, wanted) : undefined;
  await tx.done;
  return page(jobs, more, thumbnails);
}

/** The prompt index's answer to a search (prompt-index.ts). */
export type FindJobs = (query: IndexQuery) => Promise<IndexAnswer>;

/**
 * Asks the prompt index for the page's jobs and one more, then reads those rows by id (and the
 * thumbnails, in the same transaction). Rows are checked again, for "starred only" and for jobs
 * deleted since the index was read (answered in `deleted`); when that leaves the page short, the
 * next batch follows.
 */
export async function listFromIndex(
  db: HistoryDb,
  query: ListQuery,
  find: FindJobs,
): Promise<JobPage & { deleted: string[] }> {
  const matches = jobMatcher(query);
  const wanted = query.thumbnails ?? 0;
  const jobs: JobRecord[] = [];
  const deleted: string[] = [];
  let below: IndexCursor | undefined = query.before && createdKey(query.before);
  let batch = query.limit + 1;
  let more = false;
  let thumbnails: Map<string, Blob> | undefined;
  const words = searchWords(query.search);
  for (;;) {
    const answer = await find({
      words,
      ...(query.mode ? { mode: query.mode } : {}),
      ...(query.model ? { model: query.model } : {}),
      ...(below ? { below } : {}),
      limit: batch,
    });
    const tx = db.transaction(wanted > 0 ? ['jobs', 'thumbnails'] : ['jobs']);
    const store = tx.objectStore('jobs');
    // All requests at once: IndexedDB answers them in order within the one transaction.
    const rows = await Promise.all(answer.keys.map(([, id]) => store.get(id)));
    for (const [i, row] of rows.entries()) {
      if (!row) deleted.push(answer.keys[i]?.[1] ?? '');
      else if (!matches(row)) continue;
      else if (jobs.length === query.limit) more = true;
      else jobs.push(fromStored(row));
      if (more) break;
    }
    const done = more || answer.complete;
    if (done && wanted > 0) thumbnails = await readThumbnails(tx.objectStore('thumbnails'), jobs, wanted);
    await tx.done;
    if (done) break;
    below = answer.keys.at(-1);
    batch = Math.min(2 * batch, MAX_BATCH);
  }
  return { ...page(jobs, more, thumbnails), deleted };
}

function page(jobs: JobRecord[], more: boolean, thumbnails: Map<string, Blob> | undefined): JobPage {
  const last = jobs.at(-1);
  const next = more && last ? { next: { createdAt: last.createdAt, id: last.id } } : {};
  return { jobs, ...next, ...(thumbnails ? { thumbnails } : {}) };
}

/** The thumbnails of the page's first `wanted` stored images, by image id. */
async function readThumbnails(
  store: { get: (id: string) => Promise<Blob | undefined> },
  jobs: readonly JobRecord[],
  wanted: number,
): Promise<Map<string, Blob>> {
  const ids = jobs.flatMap((job) => job.images.filter((image) => image.cached).map((image) => image.id));
  const blobs = await Promise.all(ids.slice(0, wanted).map((id) => store.get(id)));
  const thumbnails = new Map<string, Blob>();
  blobs.forEach((blob, i) => {
    const id = ids[i];
    if (blob && id) thumbnails.set(id, blob);
  });
  return thumbnails;
}

/** Whether a job matches the filters, as the list answers them. */
export function jobMatcher(filters: HistoryFilters): (job: JobRecord) => boolean {
  const words = searchWords(filters.search);
  return (job) => {
    if (filters.mode && job.mode !== filters.mode) return false;
    if (filters.model && job.model !== filters.model) return false;
    if (filters.starredOnly && !job.images.some((image) => image.starred)) return false;
    return words.length === 0 || promptHas(job.settings.prompt.toLowerCase(), words);
  };
}
