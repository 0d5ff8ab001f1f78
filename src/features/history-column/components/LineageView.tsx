import { lazyOnIdle } from '../../../ui/lazy-on-idle.tsx';

/**
 * Where an image came from and the edits made from it. Its code (the lineage walk) arrives
 * when the page is idle or a lineage is first opened, not with the first screen.
 */
export const LineageView = lazyOnIdle(
  () => import('./Lineage.tsx').then((m) => m.Lineage),
  <p className="history-muted">Reading the history…</p>,
);
