import { queryOptions } from '@tanstack/react-query';
import { historyDb } from '../db.ts';
import { getJob } from '../repository.ts';
import { historyKeys } from './keys.ts';

/** A job as the history holds it (stars, winner, stored images), refreshed with every history write. */
export const historyJobQuery = (jobId: string) =>
  queryOptions({
    queryKey: historyKeys.job(jobId),
    // null, not undefined: TanStack Query refuses undefined as data.
    queryFn: async () => (await getJob(await historyDb(), jobId)) ?? null,
    retry: false,
  });
