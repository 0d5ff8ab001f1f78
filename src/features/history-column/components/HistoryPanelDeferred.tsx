import { lazyOnIdle } from '../../../ui/lazy-on-idle.tsx';

/**
 * The history column as the first screen mounts it. The list's code (the virtual list, the
 * cards' actions) arrives as its own chunk while its first page is already being read from
 * IndexedDB (`prefetchHistoryList`, at start-up): the two wait side by side, and the rest of
 * the page does not wait for either.
 */
export const HistoryPanelDeferred = lazyOnIdle(
  () => import('./HistoryPanel.tsx').then((m) => m.HistoryPanel),
  <section className="history-panel">
    <h2 className="history-title">History</h2>
  </section>,
);
