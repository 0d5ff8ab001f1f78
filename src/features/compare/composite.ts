import type { PlacedResult } from './align.ts';
import { assertCoverageSize, assertSameSize, createImage, type RgbaImage } from './image.ts';

/** Feather width, in image pixels, when the user has not chosen one. */
export const DEFAULT_FEATHER_RADIUS = 6;

/**
 * Softens a mask's edge so a composited edit blends in, feathering only inward: a pixel's
 * value never rises above its own coverage, so every protected pixel (0) stays exactly 0
 * and the blend happens on the edited side of the edge. The blur is a Gaussian of
 * sigma = radius / 2, approximated by three box blurs in each direction.
 */
export function featherMask(
  coverage: Uint8ClampedArray,
  width: number,
  height: number,
  radius: number,
): Uint8ClampedArray {
  assertCoverageSize('Feather', coverage, width, height);
  if (radius <= 0) return coverage.slice();
  const values = Float32Array.from(coverage);
  const scratch = new Float32Array(values.length);
  for (const boxRadius of boxRadiiForGauss(radius / 2, 3)) {
    boxBlurRows(values, scratch, width, height, boxRadius);
    boxBlurColumns(scratch, values, width, height, boxRadius);
  }
  const feathered = new Uint8ClampedArray(coverage.length);
  for (let i = 0; i < coverage.length; i++) feathered[i] = Math.min(coverage[i]!, Math.round(values[i]!));
  return feathered;
}

/**
 * The result over the source through the mask: 0 gives the source pixel byte for byte,
 * 255 the result pixel, anything between a proportional blend of every channel.
 */
export function compositeOverSource(
  source: RgbaImage,
  result: RgbaImage,
  mask: Uint8ClampedArray,
): RgbaImage {
  assertSameSize('Preserve outside mask', source, result);
  assertCoverageSize('Preserve outside mask', mask, source.width, source.height);
  const out = createImage(source.width, source.height);
  for (let pixel = 0; pixel < mask.length; pixel++) {
    const weight = mask[pixel]!;
    const offset = pixel * 4;
    for (let channel = offset; channel < offset + 4; channel++) {
      // Integer blend: weight 0 and 255 reproduce their input exactly, with no rounding drift.
      out.data[channel] = Math.floor(
        (source.data[channel]! * (255 - weight) + result.data[channel]! * weight + 127) / 255,
      );
    }
  }
  return out;
}

/**
 * "Preserve outside mask" at the source's size, whatever size the model answered at: the
 * result brought onto the source's grid, over the source through the feathered mask. Where
 * the mask is 0, and wherever a cover crop left the result without pixels, the output is
 * the source byte for byte.
 */
export function preserveComposite(
  source: RgbaImage,
  aligned: PlacedResult,
  maskCoverage: Uint8ClampedArray,
  featherRadius: number,
): RgbaImage {
  return compositeOverSource(
    source,
    aligned.result,
    preserveWeights(source, aligned, maskCoverage, featherRadius),
  );
}

/**
 * How much of a placed result shows at each pixel of its source: the feathered mask, 0 wherever
 * a cover crop left the result without pixels. The document's inpaint layers use these too.
 */
export function preserveWeights(
  size: { width: number; height: number },
  placed: PlacedResult,
  maskCoverage: Uint8ClampedArray,
  featherRadius: number,
): Uint8ClampedArray {
  const { width, height } = size;
  const mask = featherMask(maskCoverage, width, height, featherRadius);
  const { left, top, right, bottom } = placed.covered;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (x < left || x >= right || y < top || y >= bottom) mask[y * width + x] = 0;
    }
  }
  return mask;
}

/** Box radii whose three successive blurs approximate a Gaussian (W. Jarosz, "Fast image convolutions"). */
function boxRadiiForGauss(sigma: number, passes: number): number[] {
  const idealWidth = Math.sqrt((12 * sigma * sigma) / passes + 1);
  let lower = Math.floor(idealWidth);
  if (lower % 2 === 0) lower--;
  const upper = lower + 2;
  const lowerCount = Math.round(
    (12 * sigma * sigma - passes * lower * lower - 4 * passes * lower - 3 * passes) / (-4 * lower - 4),
  );
  return Array.from({ length: passes }, (_, i) => ((i < lowerCount ? lower : upper) - 1) / 2).filter(
    (r) => r > 0,
  );
}

/** A running-sum box blur along each row; edges repeat the border value. */
function boxBlurRows(
  input: Float32Array,
  output: Float32Array,
  width: number,
  height: number,
  radius: number,
) {
  const span = 2 * radius + 1;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const at = (x: number) => input[row + Math.min(width - 1, Math.max(0, x))]!;
    let sum = 0;
    for (let x = -radius; x <= radius; x++) sum += at(x);
    for (let x = 0; x < width; x++) {
      output[row + x] = sum / span;
      sum += at(x + radius + 1) - at(x - radius);
    }
  }
}

function boxBlurColumns(
  input: Float32Array,
  output: Float32Array,
  width: number,
  height: number,
  radius: number,
) {
  const span = 2 * radius + 1;
  for (let x = 0; x < width; x++) {
    const at = (y: number) => input[Math.min(height - 1, Math.max(0, y)) * width + x]!;
    let sum = 0;
    for (let y = -radius; y <= radius; y++) sum += at(y);
    for (let y = 0; y < height; y++) {
      output[y * width + x] = sum / span;
      sum += at(y + radius + 1) - at(y - radius);
    }
  }
}
