import { create } from 'zustand';
import type { PackPicture } from './picture.ts';

type DeliverablesState = {
  /** The pictures the Deliverables dialog is open for; null while it is closed. */
  pictures: readonly PackPicture[] | null;
  open: (pictures: readonly PackPicture[]) => void;
  close: () => void;
};

/** Whether the dialog is open, and for what: all the first screen holds of packs. */
export const useDeliverablesStore = create<DeliverablesState>((set) => ({
  pictures: null,
  open: (pictures) => set({ pictures: pictures.length > 0 ? pictures : null }),
  close: () => set({ pictures: null }),
}));

/** Opens the Deliverables dialog for one picture or several (a batch). */
export const openDeliverables = (pictures: readonly PackPicture[]) =>
  useDeliverablesStore.getState().open(pictures);
