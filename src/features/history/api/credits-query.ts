import { queryOptions } from '@tanstack/react-query';
import { historyDb } from '../db.ts';
import { creditsSince } from '../repository.ts';
import { historyKeys } from './keys.ts';

/** The credits the history's jobs since a moment cost (read again after every history write). */
export const creditsSinceQuery = (since: number) =>
  queryOptions({
    queryKey: historyKeys.credits(since),
    queryFn: async () => creditsSince(await historyDb(), since),
    retry: false,
  });
