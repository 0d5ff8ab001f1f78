import { openDB, type IDBPDatabase } from 'idb';
import { create } from 'zustand';
import type { SourceImage } from '../features/source/load-source.ts';

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
  loading: false,
  setSource: (source) => {
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
    if (!useSourceStore.getState().restored)
      useSourceStore.setState({ source: saved ?? null, restored: true });
  } catch {
    useSourceStore.setState({ restored: true });
  }
}

/**
 * 1min.ai asset paths already holding an image's bytes, by content hash: an image is
 * uploaded once and later runs reuse its path. Kept for the page's life only, so a path
 * the upstream may have forgotten (a restarted simulator) is never reused after a reload.
 */
type AssetPathState = {
  paths: Record<string, string>;
  remember: (hash: string, path: string) => void;
};

const MAX_REMEMBERED = 200;

export const useAssetPaths = create<AssetPathState>((set) => ({
  paths: {},
  remember: (hash, path) =>
    set((state) => {
      const entries = Object.entries({ ...state.paths, [hash]: path });
      return { paths: Object.fromEntries(entries.slice(-MAX_REMEMBERED)) };
    }),
}));
