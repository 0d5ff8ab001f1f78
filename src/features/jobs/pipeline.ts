import { ApiError } from '../../api/client.ts';
import type { CatalogEntry } from '../../catalog/index.ts';
import type { JobResult } from '../../wire/result.ts';
import type { JobInputs } from './job-assets.ts';
import type { Job, JobPhase } from './job.ts';
import type { JobAssets, JobContext, SentRequest } from './run-job.ts';

/** What one job needs from the page around it; injected so the pipeline is tested without a network. */
export type PipelineDeps = {
  /** The source bytes and the mask PNG, made once for every job that shares them. */
  inputsFor: (job: Job) => Promise<JobInputs>;
  /** Provider-side forms of the inputs (1min.ai asset paths, uploaded once per content hash). */
  resolveAssets: (entry: CatalogEntry, inputs: JobInputs, signal: AbortSignal) => Promise<JobAssets>;
  assetBase: () => Promise<string>;
  send: (request: SentRequest, context: JobContext) => Promise<JobResult>;
  /** The history's side: each call must swallow its own failures (the history is a convenience). */
  record: {
    started: (job: Job, inputs: JobInputs) => Promise<void>;
    finished: (job: Job, result: JobResult, durationMs: number) => void;
    failed: (job: Job, error: unknown) => void;
  };
  /** The paid request was answered or failed: the server has charged it or given the reservation back. */
  spendMoved: () => void;
  setPhase: (jobId: string, phase: JobPhase | null) => void;
  /** Called when the connection dropped: the same request again must reuse this job's id. */
  interrupted: (job: Job) => void;
  now: () => number;
};

const CONNECTION_DROPPED =
  "The connection to the studio's server dropped. If the job reached it, it still finishes and appears in the history; running the same job again collects it without paying twice.";

/**
 * The one path every paid request takes — the Run button, each job of a sweep or batch, a
 * retry: inputs made, images put on the provider, the job recorded with its id before the
 * request leaves, sent with that id as `Idempotency-Key`, its outcome recorded.
 */
export async function executeJob(job: Job, signal: AbortSignal, deps: PipelineDeps): Promise<JobResult> {
  const cancelled = () => new ApiError('cancelled', 'Cancelled.', 0);
  try {
    deps.setPhase(job.jobId, 'preparing');
    const inputs = await deps.inputsFor(job);
    if (job.entry.upstream.kind === 'onemin' && job.entry.needsSource) deps.setPhase(job.jobId, 'uploading');
    const [assets, assetBase] = await Promise.all([
      deps.resolveAssets(job.entry, inputs, signal),
      deps.assetBase(),
    ]);
    if (signal.aborted) throw cancelled();
    await deps.record.started(job, inputs);
    deps.setPhase(job.jobId, 'generating');
    const startedAt = deps.now();
    try {
      const result = await deps.send({ ...job, assets }, { signal, assetBase });
      deps.record.finished(job, result, Math.round(deps.now() - startedAt));
      return result;
    } catch (error) {
      deps.record.failed(job, error);
      if (error instanceof ApiError && error.code === 'network') {
        deps.interrupted(job);
        throw new ApiError('network', CONNECTION_DROPPED, 0);
      }
      throw error;
    } finally {
      deps.spendMoved();
    }
  } catch (error) {
    if (signal.aborted && !(error instanceof ApiError && error.code === 'cancelled')) throw cancelled();
    throw error;
  } finally {
    deps.setPhase(job.jobId, null);
  }
}
