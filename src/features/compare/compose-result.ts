import { compositeOverSource, featherMask } from './composite.ts';
import { encodePng, loadPixels } from './pixels.ts';

export type PreserveInput = {
  source: string | Blob;
  result: string | Blob;
  /** Mask coverage at the source's natural size, as rasterizeMask gives it. */
  maskCoverage: Uint8ClampedArray;
  featherRadius: number;
};

/**
 * "Preserve outside mask": the result (scaled to the source's size if the model answered at
 * another) composited over the source through the feathered mask, as a PNG. This is what
 * gets downloaded and used as the next source while the switch is on.
 */
export async function preserveOutsideMask({
  source,
  result,
  maskCoverage,
  featherRadius,
}: PreserveInput): Promise<Blob> {
  const sourcePixels = await loadPixels(source);
  const resultPixels = await loadPixels(result, { width: sourcePixels.width, height: sourcePixels.height });
  const mask = featherMask(maskCoverage, sourcePixels.width, sourcePixels.height, featherRadius);
  return encodePng(compositeOverSource(sourcePixels, resultPixels, mask));
}
