import { ApiError } from '../../api/client.ts';
import { estimateCredits, getEntry } from '../../catalog/index.ts';
import { parseGptImageApiAnswer } from '../../wire/gptimageapi/index.ts';
import { parseOneminFeatureAnswer } from '../../wire/onemin/index.ts';
import type { JobStatusAnswer } from '../../wire/proxy.ts';
import { UpstreamAnswerError, type JobResult } from '../../wire/result.ts';
import { fetchJobStatus } from './job-status.ts';
import type { HistoryDb } from '../history/index.lazy.ts';
import { cacheResultImages, type FetchBlob, type MakeThumb } from '../history/index.lazy.ts';
import type { JobRecord } from '../history/index.lazy.ts';
import { failJob, finishJob, pendingJobs } from '../history/index.lazy.ts';

/** How often a job the proxy still runs is asked about: doubling waits, capped, a bounded number of times. */
export type Backoff = { firstMs: number; maxMs: number; polls: number };

/** Covers the proxy's upstream timeout (5 minutes) with room to spare. */
export const DEFAULT_BACKOFF: Backoff = { firstMs: 2_000, maxMs: 30_000, polls: 16 };

export type RecoveryDeps = {
  db: HistoryDb;
  /** 1min.ai's asset host, needed to resolve result paths; asked only when a 1min.ai job is done. */
  assetBase: () => Promise<string>;
  fetchBlob: FetchBlob;
  makeThumb: MakeThumb;
  backoff?: Backoff;
  wait?: (ms: number) => Promise<void>;
  /** Called whenever a job's outcome has been filed, e.g. to refresh what the history shows. */
  onFiled?: (jobId: string) => void;
};

/**
 * done/failed/cancelled: filed. lost: the proxy no longer knows the job, filed as failed.
 * running/unreachable: still open after every poll; the next page load asks again.
 */
export type RecoveryOutcome = 'done' | 'failed' | 'cancelled' | 'lost' | 'running' | 'unreachable';
export type Recovered = { id: string; outcome: RecoveryOutcome };

export const LOST_JOB_MESSAGE =
  "The outcome of this job could not be collected: the studio's server no longer knows it (it may have restarted or forgotten it). " +
  "If the provider finished it, the images are in the provider's own history.";

/** Collects the outcome of every job left running by an earlier page and files it in the history. */
export async function recoverPendingJobs(deps: RecoveryDeps): Promise<Recovered[]> {
  const jobs = await pendingJobs(deps.db);
  return Promise.all(jobs.map((job) => recoverJob(job, deps)));
}

/** Asks the proxy about one job until it has an outcome or the polls run out. */
export async function recoverJob(job: JobRecord, deps: RecoveryDeps): Promise<Recovered> {
  const backoff = deps.backoff ?? DEFAULT_BACKOFF;
  const wait = deps.wait ?? sleep;
  for (let poll = 1; ; poll++) {
    const outcome = await collectOnce(job, deps);
    if ((outcome !== 'running' && outcome !== 'unreachable') || poll >= backoff.polls) {
      return { id: job.id, outcome };
    }
    await wait(Math.min(backoff.maxMs, backoff.firstMs * 2 ** (poll - 1)));
  }
}

async function collectOnce(job: JobRecord, deps: RecoveryDeps): Promise<RecoveryOutcome> {
  const { db, onFiled } = deps;
  let status: JobStatusAnswer;
  try {
    status = await fetchJobStatus(job.id);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      await failJob(db, job.id, { code: 'not_collected', message: LOST_JOB_MESSAGE });
      onFiled?.(job.id);
      return 'lost';
    }
    // The server is down or failing for now; it may still hold the outcome.
    return 'unreachable';
  }
  if (status.state === 'running') return 'running';
  if (status.state === 'failed') {
    const error = status.error ?? {
      code: 'provider_failed',
      message: 'The provider reported the job as failed.',
    };
    const filed = await failJob(db, job.id, error);
    onFiled?.(job.id);
    return filed.status === 'cancelled' ? 'cancelled' : 'failed';
  }
  let result: JobResult;
  try {
    result = await resultOf(job, status.answer, deps);
  } catch (error) {
    if (!(error instanceof UpstreamAnswerError)) return 'unreachable';
    await failJob(db, job.id, { code: 'bad_upstream_answer', message: error.message });
    onFiled?.(job.id);
    return 'failed';
  }
  await finishJob(db, job.id, {
    images: result.images,
    ...(result.credits ? { credits: result.credits } : {}),
    finishedAt: Date.now(),
  });
  // Shown as done at once; the thumbnails follow once the images are stored.
  onFiled?.(job.id);
  await cacheResultImages(db, job.id, deps.fetchBlob, deps.makeThumb);
  onFiled?.(job.id);
  return 'done';
}

async function resultOf(job: JobRecord, answer: unknown, deps: RecoveryDeps): Promise<JobResult> {
  if (job.provider === 'onemin') return parseOneminFeatureAnswer(answer, await deps.assetBase());
  const entry = getEntry(job.entryId);
  return parseGptImageApiAnswer(answer, entry ? estimateCredits(entry, job.settings)?.credits : undefined);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
