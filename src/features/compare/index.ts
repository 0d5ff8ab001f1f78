/** The compare board (side by side, slider, difference) and the "preserve outside mask" composite. */
import { lazyOnIdle } from '../../ui/lazy-on-idle.tsx';

export { compareStore, useCompareStore, MAX_COMPARED, MIN_COMPARED } from './store.ts';

/** The board's views and pixel work, in their own chunk: nothing on the first screen compares. */
export const CompareView = lazyOnIdle(() =>
  import('./components/CompareView.tsx').then((m) => m.CompareView),
);
