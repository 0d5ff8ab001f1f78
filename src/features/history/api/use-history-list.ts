import { infiniteQueryOptions, useInfiniteQuery, type QueryClient } from '@tanstack/react-query';
import { historyDb } from '../db.ts';
import { listJobs, type HistoryCursor, type HistoryFilters } from '../repository.ts';
import { primeThumbnails } from '../thumbnail-prime.ts';
import { historyKeys } from './keys.ts';

/** Jobs per page: enough to fill a tall screen, small enough to answer at once. */
export const HISTORY_PAGE_SIZE = 20;
/** Thumbnails the first page reads along with its jobs: more than a tall screen shows. */
const FIRST_SCREEN_THUMBNAILS = 24;

export const historyListQuery = (filters: HistoryFilters) =>
  infiniteQueryOptions({
    queryKey: historyKeys.list(filters),
    queryFn: async ({ pageParam }) => {
      const { thumbnails, ...page } = await listJobs(await historyDb(), {
        ...filters,
        limit: HISTORY_PAGE_SIZE,
        ...(pageParam ? { before: pageParam } : { thumbnails: FIRST_SCREEN_THUMBNAILS }),
      });
      // Handed to the cards outside the query cache, which would keep them for as long as the list.
      if (thumbnails) primeThumbnails(thumbnails);
      return page;
    },
    // The history changes only through writes that invalidate it, so a page read once (by the
    // column's prefetch, say) is not read again when the panel mounts.
    staleTime: Infinity,
    initialPageParam: undefined as HistoryCursor | undefined,
    getNextPageParam: (page) => page.next,
  });

/** Reads the column's first page into the cache (see prefetch.ts); the panel's query picks it up. */
export function prefetchHistoryList(client: QueryClient): void {
  void client.prefetchInfiniteQuery(historyListQuery({}));
}

/** The history, newest first, one page at a time. */
export function useHistoryList(filters: HistoryFilters) {
  return useInfiniteQuery(historyListQuery(filters));
}
