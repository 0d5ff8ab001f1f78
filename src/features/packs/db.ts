import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { SavedPack } from './schema.ts';

/** Saved packs in their own database, beside the prompt library's, so either can be cleared alone. */
interface PacksSchema extends DBSchema {
  packs: { key: string; value: SavedPack };
}

export type PacksDb = IDBPDatabase<PacksSchema>;

const PACKS_DB_NAME = 'image-studio-packs';

export function openPacksDb(name: string = PACKS_DB_NAME): Promise<PacksDb> {
  return openDB<PacksSchema>(name, 1, {
    upgrade(db) {
      db.createObjectStore('packs', { keyPath: 'id' });
    },
  });
}

let shared: Promise<PacksDb> | undefined;

/** The page's packs database, opened on first use. */
export function packsDb(): Promise<PacksDb> {
  shared ??= openPacksDb().catch((error: unknown) => {
    // A later call may succeed (e.g. once another tab finishes an upgrade).
    shared = undefined;
    throw new Error(
      `The saved packs could not be opened: ${error instanceof Error ? error.message : String(error)}. ` +
        'Private browsing or full storage can block it.',
      { cause: error },
    );
  });
  return shared;
}
