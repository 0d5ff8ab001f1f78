/** The mask editor and its document, as the rest of the studio uses them. */
export { useMaskStore } from '../../stores/mask.ts';
export { useMaskCoverage } from './use-mask-coverage.ts';
export { exportMaskPng } from './export.ts';
export { isMaskEmpty, maskCoverage, rasterizeMask } from './rasterize.ts';
export { MaskDocument } from './ops.ts';
export { MASK_SHORTCUTS, isTypingTarget } from './shortcuts.ts';
