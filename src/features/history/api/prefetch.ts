import type { QueryClient } from '@tanstack/react-query';

/**
 * Starts reading what the history column shows first (the database's opening, the first page
 * and its thumbnails) at once, alongside the session check, React's first render and the
 * arrival of the panel's code. The reading code is a chunk of its own, asked for here at once;
 * if it cannot be fetched the panel's own query tries again and says why.
 */
export function prefetchHistoryList(client: QueryClient): void {
  void import('./reads.ts').then((reads) => reads.prefetchHistoryList(client)).catch(() => {});
}
