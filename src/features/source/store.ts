import { openDB, type IDBPDatabase } from 'idb';
import { create } from 'zustand';
import type { SourceImage } from './load-source.ts';

/**
 * The current source image for edit and inpaint. The image itself lives in IndexedDB (a
 * Blob does not fit localStorage) so it is still there after a reload, with its mask draft.
 */
type SourceState = {
  source: SourceImage | null;
  /** Set once the saved source has been read back after a reload. */
  restored: boolean;
  /** Why the last image the user offered was not taken; the current source stays. */
  problem: string | null;
  /** What opening the image changed in the settings, said once. */
  notice: string | null;
  /** An image is being read. */
  loading: boolean;
  setSource: (source: SourceImage | null) => void;
};

const DB_NAME = 'image-studio-source';
const STORE = 'current';
const KEY = 'source';

let dbPromise: Promise<IDBPDatabase> | null = null;
function db(): Promise<IDBPDatabase> {
  dbPromise ??= openDB(DB_NAME, 1, { upgrade: (database) => database.createObjectStore(STORE) });
  return dbPromise;
}

export const useSourceStore = create<SourceState>((set) => ({
  source: null,
  restored: false,
  problem: null,
  notice: null,
  loading: false,
  setSource: (source) => {
    // The mask store follows this one: a new source brings its own mask draft (or none).
    set({ source, restored: true, problem: null });
    void db()
      .then(async (database) => {
        if (source) await database.put(STORE, source, KEY);
        else await database.delete(STORE, KEY);
      })
      .catch((error: unknown) => console.warn('Could not save the source image for the next visit.', error));
  },
}));

/** Reads the source saved by an earlier visit, unless the user picked one meanwhile. */
export async function restoreSource(): Promise<void> {
  try {
    const saved = (await (await db()).get(STORE, KEY)) as SourceImage | undefined;
    if (useSourceStore.getState().restored) return;
    useSourceStore.setState({ source: saved ?? null, restored: true });
  } catch {
    useSourceStore.setState({ restored: true });
  }
}
