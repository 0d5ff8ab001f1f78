import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { MaskSelection } from './mask-per-source.ts';

type SelectionState = {
  /** How an inpaint batch makes each source's mask; saved, so the next batch starts from it. */
  selection: MaskSelection;
  /** What is wrong with the selection being typed; the batch waits until it is fixed. */
  selectionProblem: string | null;
  setSelection: (selection: MaskSelection, problem: string | null) => void;
};

/** Only the batch panel's chunk imports this, so the stored selection is checked with zod there. */
export const useSelectionStore = create<SelectionState>()(
  persist(
    (set) => ({
      selection: { kind: 'whole' },
      selectionProblem: null,
      setSelection: (selection, selectionProblem) => set({ selection, selectionProblem }),
    }),
    {
      name: 'image-studio:batch',
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ selection: state.selection }),
      merge: (stored, state) => {
        const parsed = MaskSelection.safeParse((stored as { selection?: unknown } | undefined)?.selection);
        return parsed.success ? { ...state, selection: parsed.data } : state;
      },
    },
  ),
);
