/**
 * The mask as the first screen reaches it: none of its code, which loads in Inpaint (and with
 * the run pipeline) from index.lazy.ts. Konva stays out of both: the editor is the canvas's chunk.
 */
import { lazy } from 'react';
import { lazyOnIdle } from '../../ui/lazy-on-idle.tsx';

export type { MaskDocument } from './ops.ts';

/** The painted fraction of the mask, reported to `onCoverage`; its code arrives on idle or when mounted. */
export const MaskCoverage = lazyOnIdle(() => import('./MaskCoverage.tsx').then((m) => m.MaskCoverage));

/**
 * The editor (Konva) in a chunk of its own, which only the document's canvas asks for: a chunk
 * that imports index.lazy.ts for the mask's store or pixels must not bring Konva with it.
 */
export const MaskEditor = lazy(() => import('./MaskEditor.tsx').then((m) => ({ default: m.MaskEditor })));
