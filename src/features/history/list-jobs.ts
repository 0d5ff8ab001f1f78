import type { HistoryDb } from './db.ts';
import { listByCreation, type HistoryFilters, type JobPage, type ListQuery } from './listing.ts';
import { runSearchTask } from './search-client.ts';
import { searchWords } from './search-key.ts';

/** Whether a list is answered by the prompt index: a search, a mode or a model. */
const usesPromptIndex = (query: HistoryFilters) =>
  searchWords(query.search).length > 0 || query.mode !== undefined || query.model !== undefined;

/**
 * One page of jobs, newest first, that match the filters. A search, a mode or a model is
 * answered in the history-search worker (`listFromIndex` there), which finds the page's jobs in
 * its prompt index and reads only their rows, so the page's thread waits on one message.
 * Otherwise the creation index is read backwards a batch at a time, here.
 */
export async function listJobs(db: HistoryDb, query: ListQuery): Promise<JobPage> {
  return usesPromptIndex(query) ? runSearchTask('listJobs', db.name, query) : listByCreation(db, query);
}
