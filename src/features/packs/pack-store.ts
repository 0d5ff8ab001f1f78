import { create } from 'zustand';
import type { Quality } from '../../catalog/index.ts';
import { DEFAULT_SAFE_SHARE, EXTEND_PROMPT } from './defaults.ts';
import type { PackTarget } from './schema.ts';
import { COMMON_PACK_NAME, COMMON_TARGETS } from './targets.ts';

type PackState = {
  /** The pack being worked on, kept for the page: the next picture starts from it. */
  packName: string;
  targets: readonly PackTarget[];
  /** What new picture is asked for, and at what quality. */
  prompt: string;
  quality: Quality;
  safeShare: number;
  setPack: (packName: string, targets: readonly PackTarget[]) => void;
  setOptions: (options: Partial<Pick<PackState, 'prompt' | 'quality' | 'safeShare'>>) => void;
};

/** The dialog's working pack; in the dialog's chunk, as nothing before it reads a pack. */
export const usePackStore = create<PackState>((set) => ({
  packName: COMMON_PACK_NAME,
  targets: COMMON_TARGETS,
  prompt: EXTEND_PROMPT,
  quality: 'medium',
  safeShare: DEFAULT_SAFE_SHARE,
  setPack: (packName, targets) => set({ packName, targets }),
  setOptions: (options) => set(options),
}));
