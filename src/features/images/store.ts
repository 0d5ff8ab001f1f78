import { create } from 'zustand';
import type { ImageSubject } from './subject.ts';

type Marks = { starred?: boolean; winner?: boolean; rejected?: boolean };

type ImagesState = {
  /** Marks set this page, shown at once and kept even when the history cannot store them. */
  marks: Record<string, Marks>;
  /** The images open in the large viewer, and which one is shown. */
  viewer: { subjects: ImageSubject[]; index: number } | null;
  /** What the last action could not do, as a sentence. */
  problem: string | null;
  /** A download or "use as source" is being prepared. */
  busy: boolean;
  /** Rejected images stay hidden unless this is on. */
  showRejected: boolean;
  /** The compare board is open over the page (from the Compare button or the C key). */
  comparing: boolean;
  mark: (imageId: string, marks: Marks) => void;
  openViewer: (subjects: ImageSubject[], index: number) => void;
  stepViewer: (delta: number) => void;
  closeViewer: () => void;
  setProblem: (problem: string | null) => void;
  setBusy: (busy: boolean) => void;
  setShowRejected: (on: boolean) => void;
  setComparing: (on: boolean) => void;
};

export const useImagesStore = create<ImagesState>((set) => ({
  marks: {},
  viewer: null,
  problem: null,
  busy: false,
  showRejected: false,
  comparing: false,
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
  setShowRejected: (showRejected) => set({ showRejected }),
  setComparing: (comparing) => set({ comparing }),
}));

type ShownMarks = { starred: boolean; winner: boolean; rejected: boolean };

/** An image's marks as the user sees them: this page's choices over the stored ones. */
export function marksOf({ image }: ImageSubject, overlay: Marks | undefined): ShownMarks {
  return {
    starred: overlay?.starred ?? image.starred,
    winner: overlay?.winner ?? image.winner,
    rejected: overlay?.rejected ?? image.rejected ?? false,
  };
}

export function useMarks(subject: ImageSubject): ShownMarks {
  return marksOf(
    subject,
    useImagesStore((s) => s.marks[subject.image.id]),
  );
}

/** The subjects to show: all of them with "show rejected" on, else those not rejected. */
export function useShownSubjects(subjects: ImageSubject[]): ImageSubject[] {
  const marks = useImagesStore((s) => s.marks);
  const showRejected = useImagesStore((s) => s.showRejected);
  if (showRejected) return subjects;
  return subjects.filter((subject) => !marksOf(subject, marks[subject.image.id]).rejected);
}
