import type { HistoryFilters } from '../repository.ts';

/** Every query key of the history, from general to specific: invalidating `all` refreshes everything. */
export const historyKeys = {
  all: ['history'] as const,
  lists: () => [...historyKeys.all, 'list'] as const,
  list: (filters: HistoryFilters) => [...historyKeys.lists(), filters] as const,
  lineage: (imageId: string) => [...historyKeys.all, 'lineage', imageId] as const,
};
