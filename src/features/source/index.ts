/** The source image of edit and inpaint: its store, its panel, and how an image becomes it. */
import { lazyOnIdle } from '../../ui/lazy-on-idle.tsx';

export { maskKeyOf, useSourceStore } from './store.ts';
export { followDocuments } from './document-source.ts';
export { useSourceLoader } from './use-source-loader.ts';
export { useDropAndPaste } from './use-drop-and-paste.ts';
export { loadSourceFile, sha256, type SourceImage } from './load-source.ts';
export { formatBytes } from './format-bytes.ts';

/** In its own chunk: the first screen is generate mode, which has no source. */
export const SourcePanel = lazyOnIdle(() => import('./SourcePanel.tsx').then((m) => m.SourcePanel));
