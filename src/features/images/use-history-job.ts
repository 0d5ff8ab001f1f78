import { useQuery } from '@tanstack/react-query';
import { historyKeys } from '../history/index.ts';
import { historyDb } from '../history/db.ts';
import { getJob } from '../history/repository.ts';

/** A job as the history holds it (stars, winner, cached images), refreshed with every history write. */
export function useHistoryJob(jobId: string) {
  return useQuery({
    queryKey: historyKeys.job(jobId),
    queryFn: async () => (await getJob(await historyDb(), jobId)) ?? null,
  });
}
