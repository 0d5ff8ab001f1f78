import { useSyncExternalStore } from 'react';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { useMode } from '../../settings/index.ts';
import {
  readColumnChoices,
  type ColumnChoices,
  ROOMY_WIDTH,
  shownColumns,
  toggleColumn,
  toggleFocus,
  type Column,
  type ShownColumns,
} from './columns.ts';

type ColumnsState = ColumnChoices & {
  toggle: (column: Column, shown: ShownColumns) => void;
  toggleFocus: (shown: ShownColumns) => void;
};

const DEFAULTS = readColumnChoices({});

/** The side columns' collapse and focus, remembered across reloads. */
export const useColumnsStore = create<ColumnsState>()(
  persist(
    (set) => ({
      ...DEFAULTS,
      toggle: (column, shown) => set((state) => toggleColumn(readColumnChoices(state), shown, column)),
      toggleFocus: (shown) => set((state) => toggleFocus(readColumnChoices(state), shown)),
    }),
    {
      name: 'image-studio:columns',
      storage: createJSONStorage(() => localStorage),
      // The schema's own fields, and only those (it drops the actions).
      partialize: (state) => readColumnChoices(state),
      merge: (stored, current) => ({ ...current, ...readColumnChoices(stored ?? {}) }),
    },
  ),
);

const roomyQuery = `(min-width: ${ROOMY_WIDTH}px)`;
const subscribeRoomy = (change: () => void) => {
  const query = window.matchMedia(roomyQuery);
  query.addEventListener('change', change);
  return () => query.removeEventListener('change', change);
};
const isRoomy = () => window.matchMedia(roomyQuery).matches;

/** Which side columns are shown now, for this mode and window. */
export function useShownColumns(): ShownColumns {
  const mode = useMode();
  const roomy = useSyncExternalStore(subscribeRoomy, isRoomy, () => true);
  const settings = useColumnsStore((s) => s.settings);
  const history = useColumnsStore((s) => s.history);
  const focus = useColumnsStore((s) => s.focus);
  return shownColumns({ settings, history, focus }, mode, roomy);
}
