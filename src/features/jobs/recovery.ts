import type { QueryClient } from '@tanstack/react-query';
import { getJob, historyDb, historyKeys, makeThumbnail } from '../history/index.lazy.ts';
import { fetchImageBlob } from '../../api/image.ts';
import { healthQuery } from '../providers/index.lazy.ts';
import { recoverJob, recoverPendingJobs, type RecoveryDeps } from './recover.ts';

async function recoveryDeps(queryClient: QueryClient): Promise<RecoveryDeps> {
  return {
    db: await historyDb(),
    assetBase: async () => (await queryClient.ensureQueryData(healthQuery())).providers.onemin.assetBase,
    fetchBlob: fetchImageBlob,
    makeThumb: makeThumbnail,
    onFiled: () => void queryClient.invalidateQueries({ queryKey: historyKeys.all }),
  };
}

/** Collects a job whose connection dropped from `GET /api/jobs/:id` and files its outcome. */
export async function collectJob(queryClient: QueryClient, jobId: string): Promise<void> {
  const deps = await recoveryDeps(queryClient);
  const job = await getJob(deps.db, jobId);
  if (job) await recoverJob(job, deps);
}

/** Collects every job an earlier page left running and files its outcome. */
export async function recoverLeftJobs(queryClient: QueryClient): Promise<void> {
  await recoverPendingJobs(await recoveryDeps(queryClient));
}
