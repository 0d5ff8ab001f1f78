import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { JobRecord } from './record.ts';
import { searchKeyOf, type SearchKey } from './search-key.ts';

/**
 * A job row as stored: the record plus the ids of its images, which IndexedDB can index
 * (it cannot index a field inside an array of objects).
 */
export type StoredJob = JobRecord & { imageIds: string[] };

/**
 * Job rows and image bytes live in separate stores, so listing jobs never reads a blob:
 * thumbnails and full images are read one by one, only when they are shown.
 */
export interface HistorySchema extends DBSchema {
  jobs: {
    key: string;
    value: StoredJob;
    indexes: {
      /** Newest first by walking it backwards; the id breaks ties and makes a stable cursor. */
      byCreated: [number, string];
      byStatus: string;
      byImage: string;
      bySourceHash: string;
      /** Jobs whose source was a given history image: the edits made from it. */
      byParentImage: string;
    };
  };
  /** Full result images, by image id. */
  images: { key: string; value: Blob };
  /** Small previews, by image id. */
  thumbnails: { key: string; value: Blob };
  /** Source images, by content hash, shared by every job sent with the same bytes. */
  sources: { key: string; value: Blob };
  /**
   * Every job's search key (search-key.ts), written and deleted with its row: the search reads
   * these alone, 50,000 of them in one request, where the rows would be a hundred times larger.
   */
  searchKeys: { key: SearchKey; value: null };
  /** Counters; `SEARCH_KEYS_ADDED` tells a search index built earlier that it is behind. */
  meta: { key: string; value: number };
}

export type HistoryDb = IDBPDatabase<HistorySchema>;

export const HISTORY_DB_NAME = 'image-studio-history';
/** 1: jobs and their images. 2: the search keys, made for the jobs already there. */
const VERSION = 2;
/** How many search keys were ever added: bumped in the same transaction as each addition. */
export const SEARCH_KEYS_ADDED = 'searchKeysAdded';
/** Rows read at once while making the search keys of an existing history. */
const UPGRADE_BATCH = 500;

type Upgrade = IDBPTransaction<HistorySchema, StoreNames<HistorySchema>[], 'versionchange'>;

/**
 * Opens the history at its current version, upgrading it from any earlier one. `onClosed` hears
 * when the connection closes because a newer studio (in another tab) needs to upgrade it.
 */
export function openHistoryDb(name: string = HISTORY_DB_NAME, onClosed?: () => void): Promise<HistoryDb> {
  return openDB<HistorySchema>(name, VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) {
        const jobs = db.createObjectStore('jobs', { keyPath: 'id' });
        jobs.createIndex('byCreated', ['createdAt', 'id']);
        jobs.createIndex('byStatus', 'status');
        jobs.createIndex('byImage', 'imageIds', { multiEntry: true });
        jobs.createIndex('bySourceHash', 'source.hash');
        jobs.createIndex('byParentImage', 'source.fromImageId');
        db.createObjectStore('images');
        db.createObjectStore('thumbnails');
        db.createObjectStore('sources');
      }
      if (oldVersion < 2) {
        db.createObjectStore('searchKeys');
        db.createObjectStore('meta');
        // Only IndexedDB requests are awaited, so the upgrade's transaction stays open throughout.
        void addSearchKeysOfEveryJob(transaction);
      }
    },
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      onClosed?.();
    },
    terminated: () => onClosed?.(),
  });
}

/** The upgrade to version 2: a search key for every job, read in batches by id. */
async function addSearchKeysOfEveryJob(transaction: Upgrade): Promise<void> {
  const jobs = transaction.objectStore('jobs');
  const keys = transaction.objectStore('searchKeys');
  let added = 0;
  let after: string | undefined;
  for (;;) {
    const rows = await jobs.getAll(
      after === undefined ? null : IDBKeyRange.lowerBound(after, true),
      UPGRADE_BATCH,
    );
    await Promise.all(rows.map((row) => keys.put(null, searchKeyOf(row))));
    added += rows.length;
    after = rows.at(-1)?.id;
    if (rows.length < UPGRADE_BATCH) break;
  }
  await transaction.objectStore('meta').put(added, SEARCH_KEYS_ADDED);
}

let shared: Promise<HistoryDb> | undefined;

/**
 * Asks the browser to keep the site's storage under pressure, as the history holds the only
 * copy of images whose links expire. Asked once per page, and only while not yet granted;
 * a refusal (browsers decide by their own rules) changes nothing.
 */
function askToKeepHistory(): void {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persisted || !storage.persist) return;
  storage
    .persisted()
    .then((kept) => kept || storage.persist())
    .catch(() => {});
}

/** The page's history database, opened on first use. */
export function historyDb(): Promise<HistoryDb> {
  if (!shared) askToKeepHistory();
  // Through a promise even when opening throws at once, so every caller sees a rejection.
  shared ??= Promise.resolve()
    .then(() =>
      openHistoryDb(HISTORY_DB_NAME, () => {
        shared = undefined;
      }),
    )
    .catch((error: unknown) => {
      // A later call may succeed (e.g. once another tab finishes an upgrade).
      shared = undefined;
      throw new Error(
        `The history could not be opened: ${error instanceof Error ? error.message : String(error)}. ` +
          'Private browsing or full storage can block it; jobs still run, but are not recorded.',
        { cause: error },
      );
    });
  return shared;
}
