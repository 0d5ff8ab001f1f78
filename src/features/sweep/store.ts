import { create } from 'zustand';
import type { SweepDimension } from './variants.ts';

/** The sweep setup as the user left it; the choices themselves follow the current entry. */
type SweepSetupState = {
  open: boolean;
  dimension: SweepDimension;
  /** The user's picks per dimension; absent until they pick, so the defaults apply. */
  picks: Partial<Record<SweepDimension, string[]>>;
  toggleOpen: () => void;
  setDimension: (dimension: SweepDimension) => void;
  setPicks: (dimension: SweepDimension, picks: string[]) => void;
};

export const useSweepSetup = create<SweepSetupState>((set) => ({
  open: false,
  dimension: 'quality',
  picks: {},
  toggleOpen: () => set((state) => ({ open: !state.open })),
  setDimension: (dimension) => set({ dimension }),
  setPicks: (dimension, picks) => set((state) => ({ picks: { ...state.picks, [dimension]: picks } })),
}));
