import { QueryClient } from '@tanstack/react-query';
import { queryKeys } from './keys.ts';

export function createQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: { retry: 1, refetchOnWindowFocus: false },
      // A paid request is never repeated behind the user's back.
      mutations: { retry: false },
    },
  });
  // An asset path is good for the page's life, whether uploaded or taken from a result.
  client.setQueryDefaults(queryKeys.assets(), { staleTime: Infinity, gcTime: Infinity });
  return client;
}
