import type { QueryClient } from '@tanstack/react-query';
import { fetchImageBlob } from '../../../api/image.ts';
import type { JobResult } from '../../../wire/result.ts';
import { historyDb } from '../db.ts';
import { fileJobFailure, fileJobResult, recordSentJob, type SentJob } from '../recorder.ts';
import { makeThumbnail } from '../thumbnail.ts';
import { historyKeys } from './keys.ts';

/**
 * The history as the job pipeline reports to it. `started` must be awaited before the
 * request is sent, with the same job id as its `Idempotency-Key`. Every write refreshes
 * what the history shows.
 */
export function historyRecorder(queryClient: QueryClient) {
  const refresh = () => void queryClient.invalidateQueries({ queryKey: historyKeys.all });
  return {
    started: async (job: SentJob) => {
      await recordSentJob(await historyDb(), job);
      refresh();
    },
    finished: async (jobId: string, result: JobResult, durationMs?: number) => {
      // Shown as done at once; the thumbnails follow once the images are stored.
      const report = fileJobResult(await historyDb(), jobId, result, {
        fetchBlob: fetchImageBlob,
        makeThumb: makeThumbnail,
        ...(durationMs !== undefined ? { durationMs } : {}),
        onFinished: refresh,
      });
      await report;
      refresh();
    },
    /** Answers whether the job stayed open (its connection dropped): it is then collected from the proxy. */
    failed: async (jobId: string, error: unknown) => {
      const outcome = await fileJobFailure(await historyDb(), jobId, error);
      refresh();
      return outcome;
    },
  };
}
