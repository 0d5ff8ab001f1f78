import { queryOptions } from '@tanstack/react-query';
import { recordedCharges } from '../charges.ts';
import { historyDb } from '../db.ts';
import { historyKeys } from './keys.ts';

/** The charges of this browser's latest finished jobs (read again after every history write). */
export const recordedChargesQuery = () =>
  queryOptions({
    queryKey: historyKeys.charges(),
    queryFn: async () => recordedCharges(await historyDb()),
    retry: false,
  });
