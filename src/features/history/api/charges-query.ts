import { queryOptions } from '@tanstack/react-query';
import { historyDb } from '../db.ts';
import { historyKeys } from './keys.ts';

/** The charges of this browser's latest finished jobs (read again after every history write). */
export const recordedChargesQuery = () =>
  queryOptions({
    queryKey: historyKeys.charges(),
    // Read only by a pack's confirmation: its code stays out of the first screen.
    queryFn: async () => (await import('../charges.ts')).recordedCharges(await historyDb()),
    retry: false,
  });
