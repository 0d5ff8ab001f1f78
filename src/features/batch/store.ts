import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { SourceImage } from '../source/index.ts';
import { MaskSelection } from './mask-per-source.ts';

/** The most sources one batch takes: each is a paid job. */
export const MAX_BATCH = 20;
export const MIN_BATCH = 2;

type BatchState = {
  /** The sources opened together, in the order they came; kept for this page only. */
  sources: SourceImage[];
  /** Why some of the files offered were not taken (the others were). */
  problems: string[];
  /** How an inpaint batch makes each source's mask; saved, so the next batch starts from it. */
  selection: MaskSelection;
  /** What is wrong with the selection being typed; the batch waits until it is fixed. */
  selectionProblem: string | null;
  setSources: (sources: SourceImage[], problems: string[]) => void;
  setSelection: (selection: MaskSelection, problem: string | null) => void;
  clear: () => void;
};

export const useBatchStore = create<BatchState>()(
  persist(
    (set) => ({
      sources: [],
      problems: [],
      selection: { kind: 'whole' },
      selectionProblem: null,
      setSources: (sources, problems) => set({ sources, problems }),
      setSelection: (selection, selectionProblem) => set({ selection, selectionProblem }),
      clear: () => set({ sources: [], problems: [] }),
    }),
    {
      name: 'image-studio:batch',
      storage: createJSONStorage(() => localStorage),
      // The sources are blobs of this page; only the selection is worth keeping.
      partialize: (state) => ({ selection: state.selection }),
      merge: (stored, state) => {
        const parsed = MaskSelection.safeParse((stored as { selection?: unknown } | undefined)?.selection);
        return parsed.success ? { ...state, selection: parsed.data } : state;
      },
    },
  ),
);
