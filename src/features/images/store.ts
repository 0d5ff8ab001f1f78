import { create } from 'zustand';
import type { ImageSubject } from './subject.ts';

type Marks = { starred?: boolean; winner?: boolean };

type ImagesState = {
  /** Marks set this page, shown at once and kept even when the history cannot store them. */
  marks: Record<string, Marks>;
  /** The images open in the large viewer, and which one is shown. */
  viewer: { subjects: ImageSubject[]; index: number } | null;
  /** What the last action could not do, as a sentence. */
  problem: string | null;
  /** A download or "use as source" is being prepared. */
  busy: boolean;
  mark: (imageId: string, marks: Marks) => void;
  openViewer: (subjects: ImageSubject[], index: number) => void;
  stepViewer: (delta: number) => void;
  closeViewer: () => void;
  setProblem: (problem: string | null) => void;
  setBusy: (busy: boolean) => void;
};

export const useImagesStore = create<ImagesState>((set) => ({
  marks: {},
  viewer: null,
  problem: null,
  busy: false,
  mark: (imageId, marks) =>
    set((state) => ({ marks: { ...state.marks, [imageId]: { ...state.marks[imageId], ...marks } } })),
  openViewer: (subjects, index) => set({ viewer: { subjects, index } }),
  stepViewer: (delta) =>
    set(({ viewer }) => {
      if (!viewer) return {};
      const count = viewer.subjects.length;
      return { viewer: { ...viewer, index: (viewer.index + delta + count) % count } };
    }),
  closeViewer: () => set({ viewer: null }),
  setProblem: (problem) => set({ problem }),
  setBusy: (busy) => set({ busy }),
}));

/** An image's marks as the user sees them: this page's choices over the stored ones. */
export function useMarks({ image }: ImageSubject): { starred: boolean; winner: boolean } {
  const overlay = useImagesStore((s) => s.marks[image.id]);
  return { starred: overlay?.starred ?? image.starred, winner: overlay?.winner ?? image.winner };
}
