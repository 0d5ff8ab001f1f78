import { ApiError } from '../../api/client.ts';
import type { CatalogEntry, JobSettings } from '../../catalog/index.ts';
import type { JobResult } from '../../wire/result.ts';
import type { HistoryDb } from './db.ts';
import {
  cacheResultImages,
  saveSourceBlob,
  type CacheReport,
  type FetchBlob,
  type MakeThumb,
} from './images.ts';
import type { MaskDocument } from '../mask/index.ts';
import type { JobRecord, SourceRef } from './record.ts';
import { failJob, finishJob, recordJobStart } from './repository.ts';

/** The live job flow's side of the history: what the generate flow reports as a job runs. */

export type SentJob = {
  /** Also sent as the `Idempotency-Key`. */
  jobId: string;
  entry: CatalogEntry;
  settings: JobSettings;
  source?: SourceRef & { blob: Blob };
  mask?: MaskDocument;
  createdAt?: number;
};

/** Records a job (and its source bytes, once per hash) before its request is sent. */
export async function recordSentJob(db: HistoryDb, job: SentJob): Promise<JobRecord> {
  const { entry } = job;
  let source: SourceRef | undefined;
  if (job.source) {
    const { blob, ...ref } = job.source;
    await saveSourceBlob(db, ref.hash, blob);
    source = ref;
  }
  return recordJobStart(db, {
    id: job.jobId,
    createdAt: job.createdAt ?? Date.now(),
    entryId: entry.id,
    provider: entry.provider,
    model: entry.model,
    mode: entry.mode,
    settings: job.settings,
    ...(source ? { source } : {}),
    ...(job.mask ? { mask: job.mask } : {}),
  });
}

/** Files a finished job's results, then stores its images so they outlive the signed URLs. */
export async function fileJobResult(
  db: HistoryDb,
  jobId: string,
  result: JobResult,
  images: { fetchBlob: FetchBlob; makeThumb: MakeThumb; durationMs?: number; onFinished?: () => void },
): Promise<CacheReport> {
  await finishJob(db, jobId, {
    images: result.images,
    ...(result.credits ? { credits: result.credits } : {}),
    finishedAt: Date.now(),
    ...(images.durationMs !== undefined ? { durationMs: images.durationMs } : {}),
  });
  images.onFinished?.();
  return cacheResultImages(db, jobId, images.fetchBlob, images.makeThumb);
}

/**
 * Files a failed job, unless the failure says the request may have reached the proxy and
 * still run there (the connection dropped): then the job stays running, to be collected
 * from `GET /api/jobs/:id`. Answers whether it stayed open.
 */
export async function fileJobFailure(
  db: HistoryDb,
  jobId: string,
  error: unknown,
): Promise<{ open: boolean }> {
  if (error instanceof ApiError && error.code === 'network') return { open: true };
  const code = error instanceof ApiError ? error.code : 'failed';
  const message = error instanceof Error && error.message ? error.message : 'The job failed.';
  await failJob(db, jobId, { code, message });
  return { open: false };
}
