/** The pixel work others ask of the compare worker: composites, document layers, a pack's frames. */
export { cutFrames, padPicture, preserveOutsideMask, resultAsLayer } from './compose-result.ts';
