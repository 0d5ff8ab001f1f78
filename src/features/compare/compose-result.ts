import { askCompareWorker } from './worker-client.ts';

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
