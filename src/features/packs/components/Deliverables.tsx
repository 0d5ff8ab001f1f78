import { lazyOnIdle } from '../../../ui/lazy-on-idle.tsx';
import { useDeliverablesStore } from '../deliverables-store.ts';

// The dialog, the planner and the export are their own chunk: nothing on the first screen needs them.
const PackDialog = lazyOnIdle(() => import('./PackDialog.tsx').then((m) => m.PackDialog));

/** The Deliverables dialog, mounted once by the app, open while a picture or a batch is offered. */
export function Deliverables() {
  const pictures = useDeliverablesStore((s) => s.pictures);
  const close = useDeliverablesStore((s) => s.close);
  return pictures ? <PackDialog pictures={pictures} onClose={close} /> : null;
}
