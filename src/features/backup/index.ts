/** Backing up the history as a zip, restoring it, and the storage meter, as the app mounts them. */
import { lazyOnIdle } from '../../ui/lazy-on-idle.tsx';

/** In its own chunk (with the zip code): backing up is occasional, never the first screen. */
export const BackupPanel = lazyOnIdle(() =>
  import('./components/BackupPanel.tsx').then((m) => m.BackupPanel),
);
