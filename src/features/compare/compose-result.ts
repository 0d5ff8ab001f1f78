import { askCompareWorker } from './worker-client.ts';
import type { CompareRequests } from './worker-protocol.ts';

type PreserveInput = {
  /** A Blob, or a same-origin URL (blob: or /api/image). */
  source: string | Blob;
  result: string | Blob;
  /** Mask coverage at the source's natural size, as rasterizeMask gives it. */
  maskCoverage: Uint8ClampedArray;
  featherRadius: number;
};

let preserveCount = 0;

/**
 * "Preserve outside mask": the result, brought onto the source's grid whatever size the
 * model answered at, composited over the source through the feathered mask, as a PNG of the
 * source's size (composite.ts). This is what gets downloaded and used as the next source
 * while the switch is on. The work runs in the compare worker.
 */
export function preserveOutsideMask({
  source,
  result,
  maskCoverage,
  featherRadius,
}: PreserveInput): Promise<Blob> {
  // Each export is its own channel: none may replace another.
  return askCompareWorker(
    'preserve',
    { source, result, mask: maskCoverage, featherRadius },
    `preserve ${preserveCount++}`,
  );
}

let layerCount = 0;

/**
 * A result as a layer of the document it was made from: on the document's grid, clipped by
 * its inpaint mask through the same feathered band "preserve outside mask" uses (so accepting
 * it looks exactly like the composite). Made in the compare worker.
 */
export function resultAsLayer(input: {
  size: { width: number; height: number };
  result: Blob;
  maskCoverage: Uint8ClampedArray | null;
  featherRadius: number;
}): Promise<{ pixels: Blob; mask: Blob | null }> {
  const { size, result, maskCoverage, featherRadius } = input;
  return askCompareWorker(
    'layer',
    { size, result, mask: maskCoverage, featherRadius },
    `layer ${layerCount++}`,
  );
}

let frameCount = 0;

/**
 * Frames cut from a picture (or from a result over it, "preserve outside mask"), each resampled
 * to exactly its size with libvips' filters, as PNGs, in the compare worker.
 */
export function cutFrames(request: CompareRequests['frames']): Promise<Blob[]> {
  return askCompareWorker('frames', request, `frames ${frameCount++}`);
}

/** A picture on a larger transparent canvas, as a PNG: the source of an outpainting job. */
export function padPicture(request: CompareRequests['pad']): Promise<Blob> {
  return askCompareWorker('pad', request, `pad ${frameCount++}`);
}
