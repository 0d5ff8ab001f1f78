import { useMutationState, type MutationState } from '@tanstack/react-query';
import type { JobResult } from '../../wire/result.ts';
import { queryKeys } from '../../api/keys.ts';
import type { Job } from './run-job.ts';

type JobState = MutationState<JobResult, Error, Job>;

export type JobRuns = {
  /** The job being sent, if any. */
  running?: { job: Job; startedAt: number };
  /** The most recent job that produced images. */
  latest?: { job: Job; result: JobResult };
};

/** The running job and the latest finished one, read from the mutation cache so any panel can show them. */
export function useJobRuns(): JobRuns {
  const states = useMutationState({
    filters: { mutationKey: queryKeys.runJob() },
    select: (mutation) => mutation.state as JobState,
  });
  return pickJobRuns(states);
}

export function pickJobRuns(states: readonly JobState[]): JobRuns {
  const runs: JobRuns = {};
  for (const state of states) {
    if (!state.variables) continue;
    if (state.status === 'pending') runs.running = { job: state.variables, startedAt: state.submittedAt };
    if (state.status === 'success' && state.data) runs.latest = { job: state.variables, result: state.data };
  }
  return runs;
}
