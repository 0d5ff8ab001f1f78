import { create } from 'zustand';
import type { SourceImage } from '../source/index.ts';

/** The most sources one batch takes: each is a paid job. */
export const MAX_BATCH = 20;
export const MIN_BATCH = 2;

type BatchState = {
  /** The sources opened together, in the order they came; kept for this page only. */
  sources: SourceImage[];
  /** Why some of the files offered were not taken (the others were). */
  problems: string[];
  setSources: (sources: SourceImage[], problems: string[]) => void;
  clear: () => void;
};

/**
 * The batch as the first screen knows it: the sources dropped (the saved mask selection is in
 * selection-store.ts, loaded with the batch panel, so its zod check is not on the first screen).
 */
export const useBatchStore = create<BatchState>()((set) => ({
  sources: [],
  problems: [],
  setSources: (sources, problems) => set({ sources, problems }),
  clear: () => set({ sources: [], problems: [] }),
}));
