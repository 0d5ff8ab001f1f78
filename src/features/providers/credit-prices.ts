import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MegapixelPrices } from '../../catalog/index.ts';
import { CreditPricesAnswer } from '../../wire/proxy.ts';
import { ApiError, apiFetch } from '../../api/client.ts';
import { queryKeys } from '../../api/keys.ts';

async function fetchCreditPrices(signal?: AbortSignal): Promise<MegapixelPrices> {
  const parsed = CreditPricesAnswer.safeParse(await apiFetch('/api/credits', { signal }));
  if (!parsed.success) {
    throw new ApiError(
      'internal',
      "The studio's server answered the credit prices in an unknown shape.",
      200,
    );
  }
  return parsed.data.onemin;
}

/** The prices the server reserves 1min.ai jobs at; they change as it learns, so a finished job refreshes them. */
export const creditPricesQuery = () =>
  queryOptions({
    queryKey: queryKeys.creditPrices(),
    queryFn: ({ signal }) => fetchCreditPrices(signal),
    staleTime: 60_000,
  });

/** 1min.ai's prices per megapixel, for `estimateCredits`; undefined until they arrive. */
export function useCreditPrices(): MegapixelPrices | undefined {
  return useQuery(creditPricesQuery()).data;
}
