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
  const source = image.data;
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
        const at = (inRow + clampIndex(columns.first[o]! + t, image.width)) * 4;
        r += source[at]! * weight;
        g += source[at + 1]! * weight;
        b += source[at + 2]! * weight;
        a += source[at + 3]! * weight;
      }
      const out = (row * width + o) * 4;
      wide[out] = r;
      wide[out + 1] = g;
      wide[out + 2] = b;
      wide[out + 3] = a;
    }
  }
  const result = createImage(width, height);
  const out = result.data;
  for (let o = 0; o < height; o++) {
    const base = o * rows.span;
    for (let column = 0; column < width; column++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let t = 0; t < rows.span; t++) {
        const weight = rows.weights[base + t]!;
        const at = (clampIndex(rows.first[o]! + t, image.height) * width + column) * 4;
        r += wide[at]! * weight;
        g += wide[at + 1]! * weight;
        b += wide[at + 2]! * weight;
        a += wide[at + 3]! * weight;
      }
      // Uint8ClampedArray rounds half to even and clamps the lobes' overshoot.
      const at = (o * width + column) * 4;
      out[at] = r;
      out[at + 1] = g;
      out[at + 2] = b;
      out[at + 3] = a;
    }
  }
  return result;
}
