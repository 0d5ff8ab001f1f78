import type { AlignedResult } from './align.ts';
import { assertCoverageSize, assertSameSize, createImage, pixelDifference, type RgbaImage } from './image.ts';

/** Inside the mask the heatmap is a faint blue wash: where the model was allowed to paint. */
const MASK_TINT = [40, 120, 255, 56] as const;
/** Fainter still: the band next to the mask that resampling alone may colour, left out of the count. */
const BAND_TINT = [40, 120, 255, 28] as const;

export type LeakageFigures = {
  /** Of the protected pixels, the share that changed, 0..1. */
  changedOutsideFraction: number;
  /**
   * Pixels the measure holds to the source: mask coverage 0, in the part of the source the
   * result shows, and (when the result was resampled) clear of the resampling band.
   */
  protectedCount: number;
  /** Protected pixels that differ from what an unchanged result would show by more than the threshold. */
  changedCount: number;
};

type MaskLeakage = LeakageFigures & {
  /**
   * An overlay at the source's size: transparent where nothing leaked, blue-tinted inside
   * the mask (fainter over the resampling band), and yellow (slight) to red (strong) where
   * a protected pixel changed.
   */
  heatmap: RgbaImage;
};

/**
 * How much an inpaint result changed outside its mask, on the source's grid. `maskCoverage`
 * holds one value per source pixel (0 = keep, 255 = edit, as rasterizeMask gives); only
 * pixels at exactly 0 count as protected, so a soft edge is the model's to change.
 */
export function maskLeakage(
  aligned: AlignedResult,
  maskCoverage: Uint8ClampedArray,
  threshold: number,
): MaskLeakage {
  const { result, expected, band, covered } = aligned;
  assertSameSize('Changes outside mask', expected, result);
  const { width, height } = expected;
  assertCoverageSize('Changes outside mask', maskCoverage, width, height);
  const nearMask = dilate(maskCoverage, width, height, band);
  const heatmap = createImage(width, height);
  const out = heatmap.data;
  let protectedCount = 0;
  let changedCount = 0;
  for (let y = covered.top; y < covered.bottom; y++) {
    for (let x = covered.left; x < covered.right; x++) {
      const pixel = y * width + x;
      const offset = pixel * 4;
      if (maskCoverage[pixel] !== 0) {
        out.set(MASK_TINT, offset);
        continue;
      }
      if (nearMask[pixel]) {
        out.set(BAND_TINT, offset);
        continue;
      }
      protectedCount++;
      const difference = pixelDifference(expected.data, result.data, offset);
      if (difference <= threshold) continue;
      changedCount++;
      const strength = difference / 255;
      out[offset] = 255;
      out[offset + 1] = 230 * (1 - strength);
      out[offset + 2] = 0;
      out[offset + 3] = 160 + 95 * strength;
    }
  }
  return {
    changedOutsideFraction: protectedCount === 0 ? 0 : changedCount / protectedCount,
    protectedCount,
    changedCount,
    heatmap,
  };
}

/** 1 where a pixel lies within `radius` (Chebyshev) of a pixel the mask covers at all. */
function dilate(coverage: Uint8ClampedArray, width: number, height: number, radius: number): Uint8Array {
  const rows = new Uint8Array(coverage.length);
  for (let i = 0; i < coverage.length; i++) rows[i] = coverage[i]! > 0 ? 1 : 0;
  if (radius <= 0) return rows;
  spread(rows, width, height, 1, width, radius);
  spread(rows, height, width, width, 1, radius);
  return rows;
}

/**
 * Marks every cell within `radius` of a marked one along one axis, in place. Lines are
 * `length` cells `stride` apart; consecutive lines start `lineStride` apart.
 */
function spread(
  cells: Uint8Array,
  length: number,
  lines: number,
  stride: number,
  lineStride: number,
  radius: number,
): void {
  const distance = new Int32Array(length);
  for (let line = 0; line < lines; line++) {
    const base = line * lineStride;
    let sinceMarked = radius + 1;
    for (let i = 0; i < length; i++) {
      sinceMarked = cells[base + i * stride] ? 0 : sinceMarked + 1;
      distance[i] = sinceMarked;
    }
    let untilMarked = radius + 1;
    for (let i = length - 1; i >= 0; i--) {
      untilMarked = cells[base + i * stride] ? 0 : untilMarked + 1;
      if (Math.min(distance[i]!, untilMarked) <= radius) cells[base + i * stride] = 1;
    }
  }
}
