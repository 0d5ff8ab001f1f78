import { createImage, type RgbaImage } from './image.ts';
import { footprint, resample, type AxisMap } from './resample.ts';

type Size = { width: number; height: number };
type Rect = Size & { x: number; y: number };

/** The rows or columns of `size` pixels a map reads from, with the filter's reach, cut to the image. */
function reach(map: AxisMap, outputSize: number, size: number): { from: number; to: number } {
  const margin = Math.ceil(footprint(map)) + 2;
  const from = Math.max(0, Math.floor(map.start) - margin);
  const to = Math.min(size, Math.ceil(map.start + map.step * outputSize) + margin);
  return { from, to: Math.max(from + 1, to) };
}

/**
 * The part [left, right) × [top, bottom) of an image, each block of kx × ky pixels averaged into
 * one (the last blocks of a row or column average what there is): libvips' box shrink.
 */
function shrink(
  image: RgbaImage,
  { left, top, right, bottom }: { left: number; top: number; right: number; bottom: number },
  kx: number,
  ky: number,
): RgbaImage {
  const out = createImage(Math.ceil((right - left) / kx), Math.ceil((bottom - top) / ky));
  const sums = new Float64Array(out.width * 4);
  const source = image.data;
  for (let row = 0; row < out.height; row++) {
    sums.fill(0);
    const first = top + row * ky;
    const last = Math.min(bottom, first + ky);
    for (let y = first; y < last; y++) {
      let at = (y * image.width + left) * 4;
      for (let column = 0, to = 0; column < out.width; column++, to += 4) {
        const end = Math.min(right, left + (column + 1) * kx);
        for (let x = left + column * kx; x < end; x++, at += 4) {
          sums[to]! += source[at]!;
          sums[to + 1]! += source[at + 1]!;
          sums[to + 2]! += source[at + 2]!;
          sums[to + 3]! += source[at + 3]!;
        }
      }
    }
    const rows = last - first;
    const base = row * out.width * 4;
    for (let column = 0; column < out.width; column++) {
      const count = rows * (Math.min(right, left + (column + 1) * kx) - (left + column * kx));
      for (let c = 0; c < 4; c++) out.data[base + column * 4 + c] = sums[column * 4 + c]! / count;
    }
  }
  return out;
}

/**
 * A rectangle of an image resampled to exactly width × height: shrunk by the whole part of the
 * reduction with a box filter (each block of pixels averaged), then the rest with libvips'
 * filters (Lanczos-3 widened to shrink, Catmull-Rom to enlarge: resample.ts), as libvips does
 * with a gap of 1. Only the rows and columns the filters reach are read, so a small crop of a
 * 4K image costs a small crop; a reduction under 2× is Lanczos alone, as sharp gives it.
 */
export function cropResample(image: RgbaImage, rect: Rect, width: number, height: number): RgbaImage {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new Error(`A frame must come out at whole pixels; ${width}×${height} cannot.`);
  }
  const kx = Math.max(1, Math.floor(rect.width / width));
  const ky = Math.max(1, Math.floor(rect.height / height));
  // The rest of the reduction, after the box shrink.
  const x = { start: rect.x, step: rect.width / width / kx };
  const y = { start: rect.y, step: rect.height / height / ky };
  // Read reaches in picture pixels: the filter's reach grows with the box it follows.
  const columns = reach({ start: x.start, step: x.step * kx }, width, image.width);
  const rows = reach({ start: y.start, step: y.step * ky }, height, image.height);
  // The boxes start on the rectangle's own grid, so each output pixel sees whole boxes.
  const left = Math.max(0, Math.floor(rect.x) - kx * Math.ceil((Math.floor(rect.x) - columns.from) / kx));
  const top = Math.max(0, Math.floor(rect.y) - ky * Math.ceil((Math.floor(rect.y) - rows.from) / ky));
  const part = shrink(image, { left, top, right: columns.to, bottom: rows.to }, kx, ky);
  return resample(
    part,
    width,
    height,
    { start: (x.start - left) / kx, step: x.step },
    { start: (y.start - top) / ky, step: y.step },
  );
}

/**
 * An image on a larger transparent canvas (the outpainting source): at `at`, at `placed` size
 * (its own, or smaller when the canvas limits forced it), every other pixel transparent.
 */
export function padImage(
  image: RgbaImage,
  canvas: Size,
  at: { x: number; y: number },
  placed: Size,
): RgbaImage {
  const picture =
    placed.width === image.width && placed.height === image.height
      ? image
      : cropResample(
          image,
          { x: 0, y: 0, width: image.width, height: image.height },
          placed.width,
          placed.height,
        );
  const out = createImage(canvas.width, canvas.height);
  for (let row = 0; row < picture.height; row++) {
    const target = row + at.y;
    if (target < 0 || target >= canvas.height) continue;
    const start = row * picture.width * 4;
    out.data.set(picture.data.subarray(start, start + picture.width * 4), (target * canvas.width + at.x) * 4);
  }
  return out;
}

/**
 * How much of a result shows at each pixel, where the source it is composited over has no
 * picture: a transparent source pixel (new canvas) takes the result whole, whatever the mask's
 * feathering left there, so the new area is never blended with nothing.
 */
export function showWhereTransparent(weights: Uint8ClampedArray, source: RgbaImage): Uint8ClampedArray {
  const out = weights.slice();
  for (let i = 0; i < out.length; i++) {
    const alpha = source.data[i * 4 + 3]!;
    if (alpha !== 255) out[i] = 255 - Math.round(((255 - out[i]!) * alpha) / 255);
  }
  return out;
}
