/** The mask for the chunks that work on one: its store and its pixels through the mask worker. */
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
