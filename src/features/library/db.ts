import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { RecentPrompt, SavedPrompt } from './schema.ts';

/** The prompt library's own database, apart from the history so either can be cleared alone. */
interface LibrarySchema extends DBSchema {
  prompts: { key: string; value: SavedPrompt };
  recent: { key: string; value: RecentPrompt; indexes: { byUsed: number } };
}

export type LibraryDb = IDBPDatabase<LibrarySchema>;

const LIBRARY_DB_NAME = 'image-studio-library';

export function openLibraryDb(name: string = LIBRARY_DB_NAME): Promise<LibraryDb> {
  return openDB<LibrarySchema>(name, 1, {
    upgrade(db) {
      db.createObjectStore('prompts', { keyPath: 'id' });
      db.createObjectStore('recent', { keyPath: 'prompt' }).createIndex('byUsed', 'usedAt');
    },
  });
}

let shared: Promise<LibraryDb> | undefined;

/** The page's library database, opened on first use. */
export function libraryDb(): Promise<LibraryDb> {
  shared ??= openLibraryDb().catch((error: unknown) => {
    // A later call may succeed (e.g. once another tab finishes an upgrade).
    shared = undefined;
    throw new Error(
      `The prompt library could not be opened: ${error instanceof Error ? error.message : String(error)}. ` +
        'Private browsing or full storage can block it.',
      { cause: error },
    );
  });
  return shared;
}
