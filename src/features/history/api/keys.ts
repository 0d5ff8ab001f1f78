import type { HistoryFilters } from '../listing.ts';

/** Every query key of the history, from general to specific: invalidating `all` refreshes everything. */
export const historyKeys = {
  all: ['history'] as const,
  lists: () => [...historyKeys.all, 'list'] as const,
  list: (filters: HistoryFilters) => [...historyKeys.lists(), filters] as const,
  lineage: (imageId: string) => [...historyKeys.all, 'lineage', imageId] as const,
  job: (jobId: string) => [...historyKeys.all, 'job', jobId] as const,
  durations: (match: { entryId: string; quality: string; size: string }) =>
    [...historyKeys.all, 'durations', match] as const,
  credits: (since: number) => [...historyKeys.all, 'credits', since] as const,
  charges: () => [...historyKeys.all, 'charges'] as const,
  /** The images picked for the compare board, with their sources. */
  board: (imageIds: readonly string[]) => [...historyKeys.all, 'board', ...imageIds] as const,
};
