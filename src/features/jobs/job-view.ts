import { ApiError, errorMessage } from '../../api/client.ts';
import { imageRefsFromResult, type JobRecord } from '../history/index.lazy.ts';
import type { JobState } from './use-jobs.ts';

/** One job as the stage shows it, wherever its facts come from (this page's memory or the history). */
export type JobView = {
  jobId: string;
  record: JobRecord;
  /** The source bytes the job was sent with, while this page holds them. */
  sourceBlob?: Blob;
  /** When this page sent it (performance clock), while it runs. */
  submittedAt?: number;
};

function liveStatus(state: JobState): JobRecord['status'] {
  if (state.status === 'success') return 'done';
  if (state.status === 'error') {
    return state.error instanceof ApiError && state.error.code === 'cancelled' ? 'cancelled' : 'failed';
  }
  return 'running';
}

/** A job this page started, as a history record, whether or not the history could keep it. */
export function liveRecord(state: JobState): JobRecord | undefined {
  const job = state.variables;
  if (!job) return undefined;
  const { entry, source } = job;
  const status = liveStatus(state);
  return {
    id: job.jobId,
    createdAt: state.submittedAt,
    status,
    entryId: entry.id,
    provider: entry.provider,
    model: entry.model,
    mode: entry.mode,
    settings: job.settings,
    ...(entry.needsSource && source
      ? {
          source: {
            hash: source.hash,
            width: source.width,
            height: source.height,
            name: source.name,
            ...(source.assetPath ? { assetPath: source.assetPath } : {}),
            ...(source.fromImageId ? { fromImageId: source.fromImageId } : {}),
            ...(source.documentId ? { documentId: source.documentId } : {}),
          },
        }
      : {}),
    ...(entry.needsMask && job.mask ? { mask: job.mask } : {}),
    images: state.data ? imageRefsFromResult(job.jobId, state.data.images) : [],
    ...(state.data?.credits ? { credits: state.data.credits } : {}),
    ...(status === 'failed'
      ? { error: { code: errorCode(state.error), message: errorMessage(state.error) } }
      : {}),
  };
}

function errorCode(error: unknown): string {
  return error instanceof ApiError ? error.code : 'failed';
}

/**
 * The history's record wins (it holds stars and stored images) unless it still says running
 * while this page already knows the outcome (the write is on its way, or failed).
 */
export function jobView(
  jobId: string,
  live: JobState | undefined,
  stored: JobRecord | null | undefined,
): JobView | undefined {
  const fromPage = live ? liveRecord(live) : undefined;
  const record =
    stored && (!fromPage || stored.status !== 'running' || fromPage.status === 'running') ? stored : fromPage;
  if (!record) return undefined;
  const job = live?.variables;
  return {
    jobId,
    record,
    ...(job?.source ? { sourceBlob: job.source.blob } : {}),
    ...(live?.status === 'pending' ? { submittedAt: live.submittedAt } : {}),
  };
}
