/** The prompt library as the app mounts it, and the hook the jobs pipeline calls per job sent. */
import { lazyOnIdle } from '../../ui/lazy-on-idle.tsx';

/** In its own chunk: the library is a second step, not what the first screen needs. */
export const LibraryPanel = lazyOnIdle(() =>
  import('./components/LibraryPanel.tsx').then((m) => m.LibraryPanel),
);
export { recordRecentPrompt } from './recent.ts';
