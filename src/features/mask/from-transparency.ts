import type { MaskDocument } from './ops.ts';
import { runMaskTask } from './worker-client.ts';

/**
 * A mask covering every pixel of the image that is not fully opaque, made in the mask worker
 * (decoding and scanning a 4K cut-out must not block the page).
 */
export function maskFromTransparency(image: Blob, width: number, height: number): Promise<MaskDocument> {
  return runMaskTask('transparencyRects', image, width, height);
}
