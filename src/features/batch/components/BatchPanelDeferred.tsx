import { lazyOnIdle } from '../../../ui/lazy-on-idle.tsx';
import { useMode } from '../../settings/index.ts';
import { useBatchStore } from '../store.ts';

const BatchPanel = lazyOnIdle(() => import('./BatchPanel.tsx').then((module) => module.BatchPanel));

/**
 * The batch panel, once several sources were opened together for an edit or an inpaint. Its
 * code is not part of the first screen: it arrives when the page is first idle.
 */
export function BatchPanelDeferred() {
  const mode = useMode();
  const shown = useBatchStore((s) => s.sources.length > 0 || s.problems.length > 0);
  return mode !== 'generate' && shown ? <BatchPanel /> : null;
}
