/**
 * The mask feature as the rest of the studio reaches it. The editor itself (MaskEditor.tsx)
 * is loaded lazily by the workspace, so Konva stays out of the first bundle; nothing here
 * imports it.
 */
export { useMaskStore } from './store.ts';
export { useMaskCoverage } from './use-mask-coverage.ts';
export { exportMaskPng } from './export.ts';
export { measureMask, renderMask } from './measure.ts';
export { maskFromTransparency } from './from-transparency.ts';
export { MaskDocument } from './ops.ts';
export { MASK_SHORTCUTS } from './shortcuts.ts';
export { polygonOpen } from './polygon-state.ts';
export { extensionMask } from './extension-mask.ts';
export { readPngSize } from './png-size.ts';
