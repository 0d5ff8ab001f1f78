import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { healthQuery } from '../../providers/health.ts';
import { fetchImageBlob } from '../../images/fetch-image.ts';
import type { JobResult } from '../../../wire/result.ts';
import { historyDb } from '../db.ts';
import { fileJobFailure, fileJobResult, recordSentJob, type SentJob } from '../recorder.ts';
import { recoverJob, recoverPendingJobs, type RecoveryDeps } from '../../jobs/recover.ts';
import { getJob } from '../repository.ts';
import { makeThumbnail } from '../thumbnail.ts';
import { historyKeys } from './keys.ts';

async function recoveryDeps(queryClient: QueryClient): Promise<RecoveryDeps> {
  return {
    db: await historyDb(),
    assetBase: async () => (await queryClient.ensureQueryData(healthQuery())).providers.onemin.assetBase,
    fetchBlob: fetchImageBlob,
    makeThumb: makeThumbnail,
    onFiled: () => void queryClient.invalidateQueries({ queryKey: historyKeys.all }),
  };
}

/**
 * What the generate flow calls as a job runs. `started` must be awaited before the request
 * is sent, with the same job id as its `Idempotency-Key`.
 */
export function useHistoryRecorder() {
  const queryClient = useQueryClient();
  return useMemo(() => {
    const refresh = () => void queryClient.invalidateQueries({ queryKey: historyKeys.all });
    return {
      started: async (job: SentJob) => {
        await recordSentJob(await historyDb(), job);
        refresh();
      },
      finished: async (jobId: string, result: JobResult, durationMs?: number) => {
        const report = await fileJobResult(await historyDb(), jobId, result, {
          fetchBlob: fetchImageBlob,
          makeThumb: makeThumbnail,
          ...(durationMs !== undefined ? { durationMs } : {}),
        });
        refresh();
        return report;
      },
      /** A dropped connection leaves the job open and collects it from the proxy instead. */
      failed: async (jobId: string, error: unknown) => {
        const db = await historyDb();
        const { open } = await fileJobFailure(db, jobId, error);
        refresh();
        const job = open ? await getJob(db, jobId) : undefined;
        if (job) await recoverJob(job, await recoveryDeps(queryClient));
      },
    };
  }, [queryClient]);
}

let recoveryStarted = false;

/** Once per page load: collects the jobs an earlier page left running and files their outcomes. */
export function useRecoverPendingJobs() {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (recoveryStarted) return;
    recoveryStarted = true;
    void recoveryDeps(queryClient)
      .then(recoverPendingJobs)
      .catch((error: unknown) =>
        console.warn('Jobs left running by an earlier visit could not be collected.', error),
      );
  }, [queryClient]);
}
