import { ApiError } from '../../api/client.ts';
import type { Job, JobAssets, JobContext, JobHooks } from '../jobs/run-job.ts';
import type { CatalogEntry } from '../../catalog/index.ts';
import type { JobResult } from '../../wire/result.ts';
import type { SweepJob, SweepJobOutcome } from './runs.ts';

/** What one sweep shares across its variants: the cancel signal, the assets, the history hooks. */
export type SweepContext = Required<JobHooks> & {
  signal: AbortSignal;
  assetsFor: (entry: CatalogEntry) => Promise<JobAssets>;
  assetBase: () => Promise<string>;
  send: (job: Job, context: JobContext) => Promise<JobResult>;
  now: () => number;
};

/**
 * Resolves the images once per catalog entry, however many variants ask at once: one upload
 * serves every variant of a 1min.ai model, one data URL every variant of gptimageapi.dev.
 */
export function assetsOncePerEntry(
  resolve: (entry: CatalogEntry) => Promise<JobAssets>,
): (entry: CatalogEntry) => Promise<JobAssets> {
  const pending = new Map<string, Promise<JobAssets>>();
  return (entry) => {
    let assets = pending.get(entry.id);
    if (!assets) {
      assets = resolve(entry);
      pending.set(entry.id, assets);
    }
    return assets;
  };
}

/**
 * One variant as the single run does it: its images resolved, the job recorded before its
 * paid request leaves, its outcome filed when it ends. A sweep cancelled before the request
 * leaves records nothing.
 */
export async function runSweepVariant(sweepJob: SweepJob, context: SweepContext): Promise<SweepJobOutcome> {
  const { signal } = context;
  const { entry, settings } = sweepJob.variant;
  const [assets, assetBase] = await Promise.all([context.assetsFor(entry), context.assetBase()]);
  if (signal.aborted) throw new ApiError('cancelled', 'Cancelled.', 0);
  const job: Job = { jobId: sweepJob.jobId, entry, settings, assets };
  await context.beforeSend(job);
  const startedAt = context.now();
  try {
    const result = await context.send(job, { signal, assetBase });
    const durationMs = Math.round(context.now() - startedAt);
    context.onResult(job, result, durationMs);
    return { result, durationMs };
  } catch (error) {
    context.onFailure(job, error);
    throw error;
  }
}
