import type { IDBPTransaction, StoreNames } from 'idb';
import { SEARCH_KEYS_ADDED, type HistorySchema, type StoredJob } from './db.ts';
import { searchKeyOf } from './search-key.ts';

/** A write to the history that adds or deletes jobs, with the stores their search keys live in. */
type JobsWrite = IDBPTransaction<HistorySchema, ArrayLike<StoreNames<HistorySchema>>, 'readwrite'>;

/**
 * Writes the search keys of jobs added in `tx`, and counts them: a search index that counted
 * fewer reads what it lacks before it answers.
 */
export async function addSearchKeys(tx: JobsWrite, jobs: readonly StoredJob[]): Promise<void> {
  if (jobs.length === 0) return;
  const keys = tx.objectStore('searchKeys');
  const meta = tx.objectStore('meta');
  await Promise.all(jobs.map((job) => keys.put(null, searchKeyOf(job))));
  await meta.put(((await meta.get(SEARCH_KEYS_ADDED)) ?? 0) + jobs.length, SEARCH_KEYS_ADDED);
}

/** Deletes a job's search key along with it. An index that still holds it skips the missing row. */
export async function deleteSearchKey(tx: JobsWrite, job: StoredJob): Promise<void> {
  await tx.objectStore('searchKeys').delete(searchKeyOf(job));
}
