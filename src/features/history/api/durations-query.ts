import { queryOptions } from '@tanstack/react-query';
import { historyKeys } from './keys.ts';

/** What jobs like this one took in this browser, for the time-left estimate. */
export const pastDurationsQuery = (match: { entryId: string; quality: string; size: string }) =>
  queryOptions({
    queryKey: historyKeys.durations(match),
    queryFn: async () => {
      const { pastDurations, historyDb } = await import('./reads.ts');
      return pastDurations(await historyDb(), match);
    },
    retry: false,
  });
