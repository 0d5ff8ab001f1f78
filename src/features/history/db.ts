import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { JobRecord } from './record.ts';

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
}

export type HistoryDb = IDBPDatabase<HistorySchema>;

export const HISTORY_DB_NAME = 'image-studio-history';
const VERSION = 1;

export function openHistoryDb(name: string = HISTORY_DB_NAME): Promise<HistoryDb> {
  return openDB<HistorySchema>(name, VERSION, {
    upgrade(db) {
      const jobs = db.createObjectStore('jobs', { keyPath: 'id' });
      jobs.createIndex('byCreated', ['createdAt', 'id']);
      jobs.createIndex('byStatus', 'status');
      jobs.createIndex('byImage', 'imageIds', { multiEntry: true });
      jobs.createIndex('bySourceHash', 'source.hash');
      jobs.createIndex('byParentImage', 'source.fromImageId');
      db.createObjectStore('images');
      db.createObjectStore('thumbnails');
      db.createObjectStore('sources');
    },
  });
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
    .then(() => openHistoryDb())
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
