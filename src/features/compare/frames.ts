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

function window(image: RgbaImage, left: number, top: number, right: number, bottom: number): RgbaImage {
  const out = createImage(right - left, bottom - top);
  for (let row = top; row < bottom; row++) {
    const start = (row * image.width + left) * 4;
    out.data.set(image.data.subarray(start, start + out.width * 4), (row - top) * out.width * 4);
  }
  return out;
}

/**
 * A rectangle of an image resampled to exactly width × height with libvips' filters (Lanczos-3
 * widened to shrink, Catmull-Rom to enlarge: resample.ts), as sharp would. Only the rows and
 * columns the filter reaches are read, so a small crop of a 4K image costs a small crop.
 */
export function cropResample(image: RgbaImage, rect: Rect, width: number, height: number): RgbaImage {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new Error(`A frame must come out at whole pixels; ${width}×${height} cannot.`);
  }
  const x = { start: rect.x, step: rect.width / width };
  const y = { start: rect.y, step: rect.height / height };
  const columns = reach(x, width, image.width);
  const rows = reach(y, height, image.height);
  const part = window(image, columns.from, rows.from, columns.to, rows.to);
  return resample(
    part,
    width,
    height,
    { start: x.start - columns.from, step: x.step },
    { start: y.start - rows.from, step: y.step },
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
