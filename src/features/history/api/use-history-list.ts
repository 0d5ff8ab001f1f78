import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { historyDb } from '../db.ts';
import { listJobs, type HistoryCursor, type HistoryFilters } from '../repository.ts';
import { historyKeys } from './keys.ts';

/** Jobs per page: enough to fill a tall screen, small enough to answer at once. */
export const HISTORY_PAGE_SIZE = 20;

export const historyListQuery = (filters: HistoryFilters) =>
  infiniteQueryOptions({
    queryKey: historyKeys.list(filters),
    queryFn: async ({ pageParam }) =>
      listJobs(await historyDb(), {
        ...filters,
        limit: HISTORY_PAGE_SIZE,
        ...(pageParam ? { before: pageParam } : {}),
      }),
    initialPageParam: undefined as HistoryCursor | undefined,
    getNextPageParam: (page) => page.next,
  });

/** The history, newest first, one page at a time. */
export function useHistoryList(filters: HistoryFilters) {
  return useInfiniteQuery(historyListQuery(filters));
}
