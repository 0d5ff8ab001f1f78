import type { QueryClient } from '@tanstack/react-query';
import { createQueryClient } from '../api/query-client.ts';
import { prefetchHistoryList } from '../features/history/index.lazy.ts';
import { startRecovery } from '../features/jobs/index.lazy.ts';

/**
 * The query client and the start-up work that needs it, a chunk of its own that main.tsx asks
 * for as the page starts: the first screen shows before it.
 */
export function startQueries(): QueryClient {
  const client = createQueryClient();
  // The history column's first screen is read from IndexedDB while its chunk arrives.
  prefetchHistoryList(client);
  // Jobs an earlier page left running are collected once the first screen is up, whatever is on screen.
  startRecovery(client);
  return client;
}
