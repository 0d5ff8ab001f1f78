import {
  useIsMutating,
  useMutation,
  useMutationState,
  useQueryClient,
  type MutationState,
} from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { queryKeys } from '../../api/keys.ts';
import { ApiError, errorMessage } from '../../api/client.ts';
import type { JobResult } from '../../wire/result.ts';
import { cancelJob } from './cancel-job.ts';
import type { GroupKind, Job, JobRequest } from './job.ts';
import { loadOnIdle } from '../../ui/load-on-idle.ts';
import { useJobsStore } from './store.ts';

// What runs a job (inputs, uploads, the request, the history's records) is its own chunk: no
// job runs before the first screen is up, and the idle prefetch brings it before the first Run.
const loadPipeline = loadOnIdle(async () => {
  const [{ jobRunner }, { executeJob }] = await Promise.all([import('./runner.ts'), import('./pipeline.ts')]);
  return { jobRunner, executeJob };
});

export type JobState = MutationState<JobResult, Error, Job>;

/** How one job of a run ended: its answer, or why it has none. */
export type JobOutcome = { jobId: string } & ({ result: JobResult } | { error: unknown });

/**
 * Starts and cancels jobs. Every paid request of the studio goes through `run`: one request
 * for the Run button, N for a sweep or a batch, each an ordinary job with its own id.
 */
export function useJobs() {
  const queryClient = useQueryClient();
  const { mutateAsync } = useMutation({
    mutationKey: queryKeys.runJob(),
    // A job's answer stays in memory for the page's life: the stage shows it from there.
    gcTime: Infinity,
    mutationFn: async (job: Job) => {
      const { jobRunner, executeJob } = await loadPipeline();
      const runner = jobRunner(queryClient);
      const controller = new AbortController();
      runner.controllers.set(job.jobId, controller);
      return executeJob(job, controller.signal, runner).finally(() => runner.controllers.delete(job.jobId));
    },
  });

  /**
   * Starts the jobs as one group, shown on the stage; settles when all have ended (never
   * rejects), with each job's outcome in the order asked.
   */
  const run = useCallback(
    async (requests: readonly JobRequest[], kind: GroupKind = 'single'): Promise<JobOutcome[]> => {
      const runner = (await loadPipeline()).jobRunner(queryClient);
      const groupId = crypto.randomUUID();
      const jobs = requests.map((request) => ({ ...request, jobId: runner.ids.idFor(request), groupId }));
      const labels = requests.map((request) => request.label ?? '');
      useJobsStore.getState().show({
        groupId,
        kind,
        jobIds: jobs.map((job) => job.jobId),
        ...(labels.some(Boolean) ? { labels } : {}),
        createdAt: Date.now(),
      });
      const settled = await Promise.allSettled(jobs.map((job) => mutateAsync(job)));
      return settled.map((outcome, i) => ({
        jobId: jobs[i]!.jobId,
        ...(outcome.status === 'fulfilled' ? { result: outcome.value } : { error: outcome.reason }),
      }));
    },
    [mutateAsync, queryClient],
  );

  /**
   * Stops every running job of this page: aborts the fetches and asks the proxy to stop the
   * upstream calls. Answers a sentence when the proxy could not confirm a stop.
   */
  const cancel = useCallback(
    async (jobIds: readonly string[]): Promise<string | null> => {
      const { controllers } = (await loadPipeline()).jobRunner(queryClient);
      const running = jobIds.filter((id) => controllers.has(id));
      for (const id of running) controllers.get(id)?.abort();
      const outcomes = await Promise.allSettled(running.map((id) => cancelJob(id)));
      // Unknown to the proxy means the request never reached it: nothing runs, nothing to say.
      const problems = outcomes.flatMap((outcome) =>
        outcome.status === 'rejected' &&
        !(outcome.reason instanceof ApiError && outcome.reason.code === 'not_found')
          ? [errorMessage(outcome.reason)]
          : [],
      );
      if (problems.length === 0) return null;
      const which = running.length === 1 ? 'the job' : `${problems.length} of the jobs`;
      return `The server could not confirm that it stopped ${which}, so it may still be charged. ${problems[0]}`;
    },
    [queryClient],
  );

  return { run, cancel };
}

/** Every job this page started, newest last, as the mutation cache holds them. */
export function useJobStates(): JobState[] {
  return useMutationState({
    filters: { mutationKey: queryKeys.runJob() },
    select: (mutation) => mutation.state as JobState,
  });
}

/** The latest state of each of these jobs started by this page (absent when only the history knows it). */
export function useLiveJobs(jobIds: readonly string[]): Map<string, JobState> {
  const states = useJobStates();
  return useMemo(() => {
    const wanted = new Set(jobIds);
    const byId = new Map<string, JobState>();
    for (const state of states) {
      const id = state.variables?.jobId;
      if (id && wanted.has(id)) byId.set(id, state);
    }
    return byId;
  }, [states, jobIds]);
}

/** Whether any job of this page is still running. */
export function useRunningJobs(): boolean {
  return useIsMutating({ mutationKey: queryKeys.runJob() }) > 0;
}
