/** The mask exporter as the studio ships it, bundled on its own so a bench page can load it. */
export { exportMaskPng } from '../../src/features/mask/export.ts';
export { encodeGreyPng } from '../../src/features/mask/pixels/grey-png.ts';
export { maskToGrey, rasterizeMask } from '../../src/features/mask/rasterize.ts';
