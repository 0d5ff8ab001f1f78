/** The mask exporter as the studio ships it, bundled on its own so a bench page can load it. */
export { exportMaskPng } from '../../src/features/mask/export.ts';
export { rasterizeMask } from '../../src/features/mask/rasterize.ts';
