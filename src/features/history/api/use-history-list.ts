import { infiniteQueryOptions, useInfiniteQuery, type QueryClient } from '@tanstack/react-query';
import { historyDb } from '../db.ts';
import { listJobs } from '../list-jobs.ts';
import { narrowedList } from '../narrow.ts';
import type { HistoryCursor, HistoryFilters } from '../listing.ts';
import { runSearchTask } from '../search-client.ts';
import { primeThumbnails } from '../thumbnail-prime.ts';
import { historyKeys } from './keys.ts';

/** Jobs per page: enough to fill a tall screen, small enough to answer at once. */
export const HISTORY_PAGE_SIZE = 20;
/** Thumbnails the first page reads along with its jobs: more than a tall screen shows. */
const FIRST_SCREEN_THUMBNAILS = 24;
/** How long a filtered list no longer shown stays cached: each key typed in a search makes one. */
const FILTERED_LIST_KEPT_MS = 10_000;

export const historyListQuery = (filters: HistoryFilters) =>
  infiniteQueryOptions({
    queryKey: historyKeys.list(filters),
    queryFn: async ({ pageParam }) => {
      // The first screen of the whole history reads its thumbnails along; a search's first page
      // leaves them to its cards, so the rows show a transaction sooner.
      const first = !pageParam && Object.keys(filters).length === 0;
      const { thumbnails, ...page } = await listJobs(await historyDb(), {
        ...filters,
        limit: HISTORY_PAGE_SIZE,
        ...(pageParam ? { before: pageParam } : {}),
        ...(first ? { thumbnails: FIRST_SCREEN_THUMBNAILS } : {}),
      });
      // Handed to the cards outside the query cache, which would keep them for as long as the list.
      if (thumbnails) primeThumbnails(thumbnails);
      return page;
    },
    // The history changes only through writes that invalidate it, so a page read once (by the
    // column's prefetch, say) is not read again when the panel mounts.
    staleTime: Infinity,
    // A search is read again at each key. Meanwhile the list shows what it can tell from the rows
    // it has: a narrower search's first rows at once, else the rows it showed. A filtered list is
    // dropped soon after nothing shows it.
    placeholderData: (previous, previousQuery) => {
      const from = previousQuery?.queryKey[2];
      return previous && from ? (narrowedList(previous, from, filters) ?? previous) : undefined;
    },
    ...(Object.keys(filters).length > 0 ? { gcTime: FILTERED_LIST_KEPT_MS } : {}),
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

/** Reads the search's index ahead of the first search, while the user moves to the search box. */
export function prepareHistorySearch(): void {
  void historyDb()
    .then((db) => runSearchTask('prepare', db.name))
    // The search itself says what went wrong, if it goes wrong again.
    .catch(() => {});
}
