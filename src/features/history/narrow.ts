import type { InfiniteData } from '@tanstack/react-query';
import { jobMatcher, type HistoryCursor, type HistoryFilters } from './listing.ts';
import type { JobRecord } from './record.ts';
import { searchWords } from './search-key.ts';

/** The history list as its query holds it: pages of jobs, each saying where the next starts. */
export type ListData = InfiniteData<{ jobs: JobRecord[]; next?: HistoryCursor }, HistoryCursor | undefined>;

/**
 * Whether every job that matches `to` matches `from` too: the same or more filters, and each
 * word searched before still inside a word searched now (typing on narrows a search).
 */
export function narrows(from: HistoryFilters, to: HistoryFilters): boolean {
  if (from.mode !== undefined && from.mode !== to.mode) return false;
  if (from.model !== undefined && from.model !== to.model) return false;
  if (from.starredOnly && !to.starredOnly) return false;
  const words = searchWords(to.search);
  return searchWords(from.search).every((before) => words.some((word) => word.includes(before)));
}

/**
 * The first rows of a list, found among the rows already read of a list it narrows. Those rows
 * are the newest of the wider list without a gap, so the ones that match are exactly the
 * narrower list's newest: shown at once, while its own read completes it. Nothing when the
 * filters widen, or when no row matches but the wider list had more to read.
 */
export function narrowedList(
  wider: ListData,
  from: HistoryFilters,
  to: HistoryFilters,
): ListData | undefined {
  if (!narrows(from, to)) return undefined;
  const jobs = wider.pages.flatMap((page) => page.jobs).filter(jobMatcher(to));
  const complete = wider.pages.at(-1)?.next === undefined;
  if (jobs.length === 0 && !complete) return undefined;
  return { pages: [{ jobs }], pageParams: [undefined] };
}
