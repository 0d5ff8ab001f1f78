import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { isJobGroup, type JobGroup, type JobPhase } from './job.ts';

type JobsState = {
  /** The group the stage shows: the last one started, kept across reloads. */
  current: JobGroup | null;
  /** Where each job of this page is, while it runs (never persisted: a reload ends the page's part). */
  phases: Record<string, JobPhase>;
  /** Why the history could not keep the last job; the job itself went on. */
  historyProblem: string | null;
  show: (group: JobGroup | null) => void;
  setHistoryProblem: (problem: string | null) => void;
  setPhase: (jobId: string, phase: JobPhase | null) => void;
};

const STORAGE_KEY = 'image-studio:jobs';

export const useJobsStore = create<JobsState>()(
  persist(
    (set) => ({
      current: null,
      phases: {},
      historyProblem: null,
      show: (current) => set({ current, historyProblem: null }),
      setHistoryProblem: (historyProblem) => set({ historyProblem }),
      setPhase: (jobId, phase) =>
        set((state) => {
          const { [jobId]: _old, ...others } = state.phases;
          return { phases: phase ? { ...others, [jobId]: phase } : others };
        }),
    }),
    {
      name: STORAGE_KEY,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ current: state.current }),
      merge: (stored, state) => {
        const current = (stored as { current?: unknown } | undefined)?.current;
        return { ...state, current: isJobGroup(current) ? current : null };
      },
    },
  ),
);
