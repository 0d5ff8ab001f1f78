import { queryOptions, useQuery } from '@tanstack/react-query';
import { historyDb, historyKeys } from '../history/index.lazy.ts';
import { lineage } from './lineage.ts';

export const lineageQuery = (imageId: string) =>
  queryOptions({
    queryKey: historyKeys.lineage(imageId),
    // null, not undefined: TanStack Query refuses undefined as data.
    queryFn: async () => (await lineage(await historyDb(), imageId)) ?? null,
  });

/** Where an image came from and what was made from it. */
export function useLineage(imageId: string) {
  return useQuery(lineageQuery(imageId));
}
