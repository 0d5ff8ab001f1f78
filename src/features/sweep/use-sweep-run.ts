import { useMutation, useMutationState, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { cancelJob } from '../jobs/cancel-job.ts';
import { ApiError, errorMessage } from '../../api/client.ts';
import { healthQuery } from '../providers/health.ts';
import { resolveJobAssets } from '../jobs/job-assets.ts';
import { runJob, type Job } from '../jobs/run-job.ts';
import type { SourceImage } from '../source/load-source.ts';
import type { MaskDocument } from '../mask/ops.ts';
import { useHistoryRecorder } from '../history/index.ts';
import { sentJobOf } from '../jobs/run/sent-job.ts';
import { buildJobInputs } from '../jobs/run/job-inputs.ts';
import { assetsOncePerEntry, runSweepVariant, type SweepContext } from './run-variant.ts';
import { pickLatestSweep, sweepKeys, type SweepJob, type SweepJobState } from './runs.ts';
import type { SweepBase, SweepDimension, SweepVariant } from './variants.ts';

export type SweepStart = {
  base: SweepBase;
  dimension: SweepDimension;
  variants: readonly SweepVariant[];
  source: SourceImage | null;
  ops: MaskDocument;
};

/** The latest sweep's variants as the mutation cache holds them, so any panel can show them. */
export function useLatestSweep() {
  const states = useMutationState({
    filters: { mutationKey: sweepKeys.run() },
    select: (mutation) => mutation.state as SweepJobState,
  });
  return useMemo(() => pickLatestSweep(states), [states]);
}

/** Drops every finished sweep job from the cache: the grid shows one sweep at a time. */
export function forgetFinishedSweeps(queryClient: QueryClient): void {
  const cache = queryClient.getMutationCache();
  for (const mutation of cache.findAll({ mutationKey: sweepKeys.run() })) {
    if (mutation.state.status !== 'pending') cache.remove(mutation);
  }
}

/**
 * Runs a sweep: every variant its own TanStack mutation and its own job id, all sent at
 * once, the images resolved once for all of them. One cancel stops them all.
 */
export function useSweepRun() {
  const queryClient = useQueryClient();
  const recorder = useHistoryRecorder();
  const latest = useLatestSweep();
  const current = useRef<{ sweepId: string; controller: AbortController; context: SweepContext } | null>(
    null,
  );
  // A second click before React re-renders must not start a second sweep.
  const starting = useRef(false);
  const [preparing, setPreparing] = useState(false);
  const [cancelProblem, setCancelProblem] = useState<string | null>(null);

  const { mutateAsync } = useMutation({
    mutationKey: sweepKeys.run(),
    // The grid stays until the next sweep or until the user closes it.
    gcTime: Infinity,
    mutationFn: (job: SweepJob) => {
      const sweep = current.current;
      if (sweep?.sweepId !== job.sweepId) throw new ApiError('cancelled', 'Cancelled.', 0);
      return runSweepVariant(job, sweep.context);
    },
  });

  const running = preparing || latest?.columns.some((column) => column.status === 'pending') === true;

  const keepOutOfHistory = useCallback(
    (error: unknown) => setCancelProblem(`These jobs are not kept in the history: ${errorMessage(error)}`),
    [],
  );

  const start = useCallback(
    async ({ base, dimension, variants, source, ops }: SweepStart) => {
      if (starting.current) return;
      starting.current = true;
      setPreparing(true);
      setCancelProblem(null);
      try {
        const inputs = await buildJobInputs(base.entry, source, ops);
        const controller = new AbortController();
        const { signal } = controller;
        const sentJob = (job: Job) => sentJobOf(job, source, ops);
        const context: SweepContext = {
          signal,
          assetsFor: assetsOncePerEntry((entry) => resolveJobAssets(queryClient, entry, inputs, signal)),
          assetBase: async () =>
            (await queryClient.ensureQueryData(healthQuery())).providers.onemin.assetBase,
          send: runJob,
          now: () => performance.now(),
          // The history is a convenience: failing to record a variant must not stop it.
          beforeSend: (job) => recorder.started(sentJob(job)).catch(keepOutOfHistory),
          onResult: (job, result, durationMs) =>
            void recorder.finished(job.jobId, result, durationMs).catch(keepOutOfHistory),
          onFailure: (job, error) => void recorder.failed(job.jobId, error).catch(keepOutOfHistory),
        };
        const sweepId = crypto.randomUUID();
        current.current = { sweepId, controller, context };
        forgetFinishedSweeps(queryClient);
        setPreparing(false);
        await Promise.allSettled(
          variants.map((variant, index) =>
            mutateAsync({ sweepId, jobId: crypto.randomUUID(), index, dimension, base, variant }),
          ),
        );
      } catch (error) {
        setCancelProblem(`The sweep was not sent. ${errorMessage(error)}`);
      } finally {
        starting.current = false;
        setPreparing(false);
      }
    },
    [mutateAsync, queryClient, recorder, keepOutOfHistory],
  );

  const cancel = useCallback(async () => {
    const sweep = current.current;
    if (!sweep || !latest || latest.sweepId !== sweep.sweepId) return;
    sweep.controller.abort();
    const pending = latest.columns.filter((column) => column.status === 'pending');
    const outcomes = await Promise.allSettled(pending.map((column) => cancelJob(column.job.jobId)));
    // Unknown to the proxy means the request never reached it: nothing runs, nothing to say.
    const problems = outcomes.flatMap((outcome) =>
      outcome.status === 'rejected' &&
      !(outcome.reason instanceof ApiError && outcome.reason.code === 'not_found')
        ? [errorMessage(outcome.reason)]
        : [],
    );
    if (problems.length > 0) {
      setCancelProblem(
        `The server could not confirm that it stopped ${problems.length} of the jobs, so they may still be charged. ${problems[0]}`,
      );
    }
  }, [latest]);

  return { latest, running, preparing, start, cancel, cancelProblem };
}
