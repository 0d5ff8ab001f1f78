import { openHistoryDb, type HistoryDb } from './db.ts';
import { listFromIndex, type JobPage, type ListQuery } from './listing.ts';
import { PromptIndex } from './prompt-index.ts';

/**
 * The history's search, run in its worker (or in the page where no worker starts): one prompt
 * index per database, built on first use and refreshed before each answer, and the rows of the
 * page it names read here too, so the page's thread receives the page in one message.
 */

type Searchable = { db: Promise<HistoryDb>; index: PromptIndex };
const opened = new Map<string, Searchable>();

function searchable(dbName: string): Searchable {
  let found = opened.get(dbName);
  if (!found) {
    const db = openHistoryDb(dbName, () => opened.delete(dbName));
    // A database that cannot open is tried again on the next search.
    db.catch(() => opened.delete(dbName));
    found = { db, index: new PromptIndex() };
    opened.set(dbName, found);
  }
  return found;
}

/** A page of a search (or of a mode or model): `listJobs` sends it here. */
async function listJobs(dbName: string, query: ListQuery): Promise<JobPage> {
  const { db, index } = searchable(dbName);
  const opened = await db;
  // Brought up to date once per page, not once per batch of it.
  await index.refresh(opened);
  const { deleted, ...page } = await listFromIndex(opened, query, async (find) => index.find(find));
  index.forget(deleted);
  return page;
}

/** Reads the index ahead of the first search (when the search box gets focus, say). */
async function prepare(dbName: string): Promise<void> {
  const { db, index } = searchable(dbName);
  await index.refresh(await db);
}

export const historySearchTasks = { listJobs, prepare };
export type HistorySearchTasks = typeof historySearchTasks;
