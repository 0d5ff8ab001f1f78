import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { lazyOnIdle } from '../../../ui/lazy-on-idle.tsx';
import { historyListQuery } from '../api/use-history-list.ts';

const HistoryPanel = lazyOnIdle(
  () => import('./HistoryPanel.tsx').then((m) => m.HistoryPanel),
  <section className="history-panel">
    <h2 className="history-title">History</h2>
  </section>,
);

/**
 * The history column as the first screen mounts it. The list's code (the virtual list, the
 * cards' actions) arrives as its own chunk while its first page is already being read from
 * IndexedDB: the two wait side by side, and the rest of the page does not wait for either.
 */
export function HistoryPanelDeferred() {
  const client = useQueryClient();
  useEffect(() => {
    // The unfiltered list is what the panel shows first; the same query key picks it up.
    void client.prefetchInfiniteQuery(historyListQuery({}));
  }, [client]);
  return <HistoryPanel />;
}
