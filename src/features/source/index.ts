/**
 * The source image of edit and inpaint: its store, its panel, and how an image becomes it. The
 * documents' code behind it loads at start-up beside the first screen (documents.ts); what the
 * chunks that work on sources need is in index.lazy.ts.
 */
import { lazyOnIdle } from '../../ui/lazy-on-idle.tsx';

export { maskKeyOf, useSourceStore } from './store.ts';
export { followDocuments, useSourceLoader } from './documents.ts';
export { useDropAndPaste } from './use-drop-and-paste.ts';
export type { SourceImage } from './load-source.ts';

/** In its own chunk: the first screen is generate mode, which has no source. */
export const SourcePanel = lazyOnIdle(() => import('./SourcePanel.tsx').then((m) => m.SourcePanel));
