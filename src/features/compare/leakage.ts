import { assertCoverageSize, assertSameSize, createImage, pixelDifference, type RgbaImage } from './image.ts';

/** Inside the mask the heatmap is a faint blue wash: where the model was allowed to paint. */
const MASK_TINT = [40, 120, 255, 56] as const;

export type MaskLeakage = {
  /** Of the protected pixels (mask coverage 0), the share that changed, 0..1. */
  changedOutsideFraction: number;
  protectedCount: number;
  /** Protected pixels that differ from the source by more than the threshold. */
  changedCount: number;
  /**
   * An overlay the size of the images: transparent where nothing leaked, blue-tinted inside
   * the mask, and yellow (slight) to red (strong) where a protected pixel changed.
   */
  heatmap: RgbaImage;
};

/**
 * How much an inpaint result changed outside its mask. `maskCoverage` holds one value per
 * pixel (0 = keep, 255 = edit, as rasterizeMask gives); only pixels at exactly 0 count as
 * protected, so a soft edge is the model's to change. All inputs must be the same size.
 */
export function maskLeakage(
  source: RgbaImage,
  result: RgbaImage,
  maskCoverage: Uint8ClampedArray,
  threshold: number,
): MaskLeakage {
  assertSameSize('Changes outside mask', source, result);
  assertCoverageSize('Changes outside mask', maskCoverage, source.width, source.height);
  const heatmap = createImage(source.width, source.height);
  const out = heatmap.data;
  let protectedCount = 0;
  let changedCount = 0;
  for (let pixel = 0; pixel < maskCoverage.length; pixel++) {
    const offset = pixel * 4;
    if (maskCoverage[pixel] !== 0) {
      out.set(MASK_TINT, offset);
      continue;
    }
    protectedCount++;
    const difference = pixelDifference(source.data, result.data, offset);
    if (difference <= threshold) continue;
    changedCount++;
    const strength = difference / 255;
    out[offset] = 255;
    out[offset + 1] = 230 * (1 - strength);
    out[offset + 2] = 0;
    out[offset + 3] = 160 + 95 * strength;
  }
  return {
    changedOutsideFraction: protectedCount === 0 ? 0 : changedCount / protectedCount,
    protectedCount,
    changedCount,
    heatmap,
  };
}
