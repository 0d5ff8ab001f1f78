import { queryOptions } from '@tanstack/react-query';
import { historyKeys } from './keys.ts';

/** The credits the history's jobs since a moment cost (read again after every history write). */
export const creditsSinceQuery = (since: number) =>
  queryOptions({
    queryKey: historyKeys.credits(since),
    // The reading code is its own chunk: the Run panel asks at once, the database answers later anyway.
    queryFn: async () => {
      const { creditsSince, historyDb } = await import('./reads.ts');
      return creditsSince(await historyDb(), since);
    },
    retry: false,
  });
