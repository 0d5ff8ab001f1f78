import { createImage, type RgbaImage } from './image.ts';

/**
 * Where an axis of the output reads from the input: output pixel `o` covers the input span
 * that starts at `start + o·step` and is `step` input pixels long.
 */
export type AxisMap = { start: number; step: number };

/** Lanczos-3 lobes: the kernel libvips (and so sharp, and the simulator) shrinks with. */
const LOBES = 3;

function lanczos(x: number): number {
  if (x === 0) return 1;
  if (x <= -LOBES || x >= LOBES) return 0;
  const px = Math.PI * x;
  return (LOBES * Math.sin(px) * Math.sin(px / LOBES)) / (px * px);
}

/** For each output pixel, its first input index and normalised weights; edges repeat the border pixel. */
type Taps = { first: Int32Array; weights: Float32Array; span: number };

function catmullRom(x: number): number {
  const ax = Math.abs(x);
  if (ax <= 1) return 1.5 * ax ** 3 - 2.5 * ax ** 2 + 1;
  if (ax < 2) return -0.5 * ax ** 3 + 2.5 * ax ** 2 - 4 * ax + 2;
  return 0;
}

/**
 * How far, in input pixels, one output pixel of this map reads. libvips shrinks with Lanczos-3
 * widened by the shrink factor (so every input pixel counts) and enlarges with Catmull-Rom.
 */
export function footprint(map: AxisMap): number {
  return map.step > 1 ? LOBES * map.step : 2;
}

function taps(map: AxisMap, outputSize: number): Taps {
  const shrinking = map.step > 1;
  const stretch = shrinking ? map.step : 1;
  const kernel = shrinking ? lanczos : catmullRom;
  const span = Math.ceil(footprint(map)) * 2 + 1;
  const first = new Int32Array(outputSize);
  const weights = new Float32Array(outputSize * span);
  for (let o = 0; o < outputSize; o++) {
    const centre = map.start + (o + 0.5) * map.step - 0.5;
    const left = Math.floor(centre) - (span >> 1) + 1;
    first[o] = left;
    let total = 0;
    for (let t = 0; t < span; t++) {
      const weight = kernel((left + t - centre) / stretch);
      weights[o * span + t] = weight;
      total += weight;
    }
    for (let t = 0; t < span; t++) weights[o * span + t]! /= total;
  }
  return { first, weights, span };
}

const clampIndex = (index: number, size: number) => (index < 0 ? 0 : index >= size ? size - 1 : index);

/**
 * Resamples an image with libvips' separable filters, every channel on its own. Written out
 * here rather than left to a canvas so the same filter runs in every browser and in Node,
 * and so a round trip of the source follows the path a result took.
 */
export function resample(image: RgbaImage, width: number, height: number, x: AxisMap, y: AxisMap): RgbaImage {
  const columns = taps(x, width);
  const rows = taps(y, height);
  // One read per pixel: typed arrays use the platform's byte order, little-endian wherever
  // browsers run, so red is the low byte. A view needs 4-byte alignment; a copy gives it.
  const bytes = image.data.byteOffset % 4 === 0 ? image.data : image.data.slice();
  const source = new Uint32Array(bytes.buffer, bytes.byteOffset, image.width * image.height);
  // Where each tap of each output column reads, border repeated, worked out once for every row.
  const reads = new Int32Array(width * columns.span);
  for (let o = 0; o < width; o++) {
    for (let t = 0; t < columns.span; t++) {
      reads[o * columns.span + t] = clampIndex(columns.first[o]! + t, image.width);
    }
  }
  const wide = new Float32Array(width * image.height * 4);
  for (let row = 0; row < image.height; row++) {
    const inRow = row * image.width;
    for (let o = 0; o < width; o++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      const base = o * columns.span;
      for (let t = 0; t < columns.span; t++) {
        const weight = columns.weights[base + t]!;
        const pixel = source[inRow + reads[base + t]!]!;
        r += (pixel & 255) * weight;
        g += ((pixel >>> 8) & 255) * weight;
        b += ((pixel >>> 16) & 255) * weight;
        a += (pixel >>> 24) * weight;
      }
      const out = (row * width + o) * 4;
      wide[out] = r;
      wide[out + 1] = g;
      wide[out + 2] = b;
      wide[out + 3] = a;
    }
  }
  // Row by row, each tap a whole row added in: memory is read in order, the sums are the same.
  const result = createImage(width, height);
  const out = result.data;
  const stride = width * 4;
  const sums = new Float64Array(stride);
  for (let o = 0; o < height; o++) {
    sums.fill(0);
    const base = o * rows.span;
    for (let t = 0; t < rows.span; t++) {
      const weight = rows.weights[base + t]!;
      const from = clampIndex(rows.first[o]! + t, image.height) * stride;
      for (let k = 0; k < stride; k++) sums[k]! += wide[from + k]! * weight;
    }
    // Uint8ClampedArray rounds half to even and clamps the lobes' overshoot.
    out.set(sums, o * stride);
  }
  return result;
}
