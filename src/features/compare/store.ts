import { createContext, useContext } from 'react';
import { createStore, useStore } from 'zustand';
import { DEFAULT_FEATHER_RADIUS } from './composite.ts';
import type { ViewTransform } from './view.ts';

export const COMPARE_MODES = ['side-by-side', 'slider', 'difference'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;
/** A change under this (0..255, largest channel difference) is compression noise, not an edit. */
export const DEFAULT_DIFF_THRESHOLD = 24;

export type CompareData = {
  /** Result image ids picked for comparison, from this job or the history, in picking order. */
  selectedIds: string[];
  mode: CompareMode;
  /** null: fit the image to the pane, whatever the pane's size. */
  view: ViewTransform | null;
  /** Where the before/after divider sits, 0 (all after) … 1 (all before), from the left. */
  sliderPosition: number;
  /** The result shown against the source in slider mode; null: the first one. */
  sliderTargetId: string | null;
  diffThreshold: number;
  showHeatmap: boolean;
  preserveOutsideMask: boolean;
  featherRadius: number;
};

export type CompareState = CompareData & {
  /** Adds or removes an id; adding to a full board (four) does nothing and returns false. */
  toggleSelected: (id: string) => boolean;
  /** Puts an id in place `slot` (0–3) of the board, replacing what was there; there again, takes it off. */
  placeSelected: (slot: number, id: string) => void;
  clearSelection: () => void;
  setMode: (mode: CompareMode) => void;
  setView: (view: ViewTransform | null) => void;
  setSliderPosition: (position: number) => void;
  setSliderTarget: (id: string | null) => void;
  setDiffThreshold: (threshold: number) => void;
  setShowHeatmap: (on: boolean) => void;
  setPreserveOutsideMask: (on: boolean) => void;
  setFeatherRadius: (radius: number) => void;
};

const initial: CompareData = {
  selectedIds: [],
  mode: 'side-by-side',
  view: null,
  sliderPosition: 0.5,
  sliderTargetId: null,
  diffThreshold: DEFAULT_DIFF_THRESHOLD,
  showHeatmap: false,
  preserveOutsideMask: true,
  featherRadius: DEFAULT_FEATHER_RADIUS,
};

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** A compare board; `overrides` set its starting state (tests, or a board opened in a given mode). */
export function createCompareStore(overrides: Partial<CompareData> = {}) {
  return createStore<CompareState>()((set, get) => ({
    ...initial,
    ...overrides,
    toggleSelected: (id) => {
      const { selectedIds } = get();
      if (selectedIds.includes(id)) {
        set({ selectedIds: selectedIds.filter((selected) => selected !== id) });
        return true;
      }
      if (selectedIds.length >= MAX_COMPARED) return false;
      set({ selectedIds: [...selectedIds, id] });
      return true;
    },
    placeSelected: (slot, id) => {
      const { selectedIds } = get();
      const others = selectedIds.filter((selected) => selected !== id);
      if (selectedIds[slot] === id) return set({ selectedIds: others });
      const next = [...others];
      if (slot < next.length) next[slot] = id;
      else if (next.length < MAX_COMPARED) next.push(id);
      set({ selectedIds: next });
    },
    clearSelection: () => set({ selectedIds: [], sliderTargetId: null }),
    // Panes change size between modes, so the view starts again from a fit.
    setMode: (mode) => set({ mode, view: null }),
    setView: (view) => set({ view }),
    setSliderPosition: (position) => set({ sliderPosition: clamp(position, 0, 1) }),
    setSliderTarget: (sliderTargetId) => set({ sliderTargetId }),
    setDiffThreshold: (threshold) => set({ diffThreshold: clamp(Math.round(threshold), 0, 254) }),
    setShowHeatmap: (showHeatmap) => set({ showHeatmap }),
    setPreserveOutsideMask: (preserveOutsideMask) => set({ preserveOutsideMask }),
    setFeatherRadius: (radius) => set({ featherRadius: clamp(Math.round(radius), 0, 64) }),
  }));
}

export type CompareStore = ReturnType<typeof createCompareStore>;

/** The app's one compare board: the results grid and the history add to its selection. */
export const compareStore = createCompareStore();

/** Which board the compare components use; the app's by default, a fresh one in tests. */
export const CompareStoreContext = createContext<CompareStore>(compareStore);

export function useCompareStoreApi(): CompareStore {
  return useContext(CompareStoreContext);
}

/** Subscribes to one slice of the board, e.g. `useCompareStore((s) => s.selectedIds)`. */
export function useCompareStore<T>(selector: (state: CompareState) => T): T {
  return useStore(useCompareStoreApi(), selector);
}
