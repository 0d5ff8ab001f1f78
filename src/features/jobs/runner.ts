import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/keys.ts';
import { historyRecorder, type SentJob } from '../history/index.lazy.ts';
import { recordRecentPrompt } from '../library/index.ts';
import { creditPricesQuery, healthQuery } from '../providers/index.lazy.ts';
import { buildJobInputs } from './job-inputs.ts';
import { resolveJobAssets, type JobInputs } from './job-assets.ts';
import { createJobIds } from './job-ids.ts';
import type { Job } from './job.ts';
import type { PipelineDeps } from './pipeline.ts';
import { collectJob } from './recovery.ts';
import { runJob } from './run-job.ts';
import { useJobsStore } from './store.ts';

/** What the history records of a job before its request leaves: settings, source and mask. */
function sentJobOf(job: Job): SentJob {
  const { source } = job;
  return {
    jobId: job.jobId,
    entry: job.entry,
    settings: job.settings,
    ...(job.entry.needsSource && source
      ? {
          source: {
            hash: source.hash,
            width: source.width,
            height: source.height,
            name: source.name,
            blob: source.blob,
            ...(source.assetPath ? { assetPath: source.assetPath } : {}),
            ...(source.fromImageId ? { fromImageId: source.fromImageId } : {}),
            ...(source.documentId ? { documentId: source.documentId } : {}),
          },
        }
      : {}),
    ...(job.entry.needsMask && job.mask ? { mask: job.mask } : {}),
  };
}

export type JobRunner = PipelineDeps & {
  ids: ReturnType<typeof createJobIds>;
  /** The abort controller of each job of this page still running. */
  controllers: Map<string, AbortController>;
};

const runners = new WeakMap<QueryClient, JobRunner>();

/** The pipeline's dependencies for this page, made once per query client. */
export function jobRunner(queryClient: QueryClient): JobRunner {
  const existing = runners.get(queryClient);
  if (existing) return existing;
  const history = historyRecorder(queryClient);
  const ids = createJobIds();
  // One mask PNG per document and source, however many jobs of a sweep share it.
  const inputs = new Map<string, Promise<JobInputs>>();
  // The history is a convenience: failing to record a job must not stop the job.
  const keepOut = (error: unknown) =>
    useJobsStore
      .getState()
      .setHistoryProblem(
        `This job is not kept in the history: ${error instanceof Error ? error.message : String(error)}`,
      );
  const runner: JobRunner = {
    ids,
    controllers: new Map(),
    inputsFor: (job) => {
      const key = JSON.stringify([job.entry.needsSource, job.entry.needsMask, job.source?.hash, job.mask]);
      let made = inputs.get(key);
      if (!made) {
        made = buildJobInputs(job.entry, job.source, job.mask ?? []);
        made.catch(() => inputs.delete(key));
        inputs.set(key, made);
        if (inputs.size > 8) inputs.delete(inputs.keys().next().value ?? key);
      }
      return made;
    },
    resolveAssets: (entry, jobInputs, signal) => resolveJobAssets(queryClient, entry, jobInputs, signal),
    assetBase: async () => (await queryClient.ensureQueryData(healthQuery())).providers.onemin.assetBase,
    send: async (request, context) => {
      const result = await runJob(request, context);
      // Each 1min.ai answer may teach the server a price: the next estimate asks again.
      if (result.provider === 'onemin')
        void queryClient.invalidateQueries({ queryKey: creditPricesQuery().queryKey });
      return result;
    },
    record: {
      started: (job) => {
        // The recent prompts are a convenience too: a library that cannot be opened costs nothing.
        if (job.settings.prompt.trim()) void recordRecentPrompt(job.settings.prompt).catch(() => undefined);
        return history.started(sentJobOf(job)).catch(keepOut);
      },
      finished: (job, result, durationMs) =>
        void history.finished(job.jobId, result, durationMs).catch(keepOut),
      failed: (job, error) =>
        void history
          .failed(job.jobId, error)
          .then(({ open }) => (open ? collectJob(queryClient, job.jobId) : undefined))
          .catch(keepOut),
    },
    // The header's "credits today" shows it now rather than at its next look.
    spendMoved: () => void queryClient.invalidateQueries({ queryKey: queryKeys.session() }),
    setPhase: (jobId, phase) => useJobsStore.getState().setPhase(jobId, phase),
    interrupted: (job) => ids.interrupted(job, job.jobId),
    now: () => performance.now(),
  };
  runners.set(queryClient, runner);
  return runner;
}
