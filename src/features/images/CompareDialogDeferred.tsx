import { lazyOnIdle } from '../../ui/lazy-on-idle.tsx';
import { useImagesStore } from './store.ts';

const CompareBoard = lazyOnIdle(() => import('./CompareDialog.tsx').then((m) => m.CompareBoard));

/**
 * The compare board while the Compare button or the C key has it open. Its code is not part
 * of the first screen: it arrives when the page is first idle.
 */
export function CompareDialogDeferred() {
  const comparing = useImagesStore((s) => s.comparing);
  if (!comparing) return null;
  return <CompareBoard onClose={() => useImagesStore.getState().setComparing(false)} />;
}
