import { create } from 'zustand';
import type { Quality } from '../../catalog/index.ts';
import { DEFAULT_SAFE_SHARE, EXTEND_PROMPT } from './defaults.ts';
import type { PackPicture } from './picture.ts';
import type { PackTarget } from './schema.ts';
import { COMMON_PACK_NAME, COMMON_TARGETS } from './targets.ts';

type PacksState = {
  /** The pictures the Deliverables dialog is open for; null while it is closed. */
  pictures: readonly PackPicture[] | null;
  /** The pack being worked on, kept for the page: the next picture starts from it. */
  packName: string;
  targets: readonly PackTarget[];
  /** What new picture is asked for, and at what quality. */
  prompt: string;
  quality: Quality;
  safeShare: number;
  open: (pictures: readonly PackPicture[]) => void;
  close: () => void;
  setPack: (packName: string, targets: readonly PackTarget[]) => void;
  setOptions: (options: Partial<Pick<PacksState, 'prompt' | 'quality' | 'safeShare'>>) => void;
};

export const usePacksStore = create<PacksState>((set) => ({
  pictures: null,
  packName: COMMON_PACK_NAME,
  targets: COMMON_TARGETS,
  prompt: EXTEND_PROMPT,
  quality: 'medium',
  safeShare: DEFAULT_SAFE_SHARE,
  open: (pictures) => set({ pictures: pictures.length > 0 ? pictures : null }),
  close: () => set({ pictures: null }),
  setPack: (packName, targets) => set({ packName, targets }),
  setOptions: (options) => set(options),
}));

/** Opens the Deliverables dialog for one picture or several (a batch). */
export const openDeliverables = (pictures: readonly PackPicture[]) => usePacksStore.getState().open(pictures);
