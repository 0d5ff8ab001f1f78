import type { PixelSize } from '../../catalog/index.ts';

/** A rectangle in pixels; x and y are its top-left corner. */
export type Rect = { x: number; y: number; width: number; height: number };
export type Point = { x: number; y: number };

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * The largest rectangle of `aspect` (width / height) that fits in `size`, on whole pixels and
 * at least one pixel a side: it spans the whole width or the whole height.
 */
export function largestOfAspect(size: PixelSize, aspect: number): PixelSize {
  if (size.width / size.height > aspect) {
    return { width: clamp(Math.round(size.height * aspect), 1, size.width), height: size.height };
  }
  return { width: size.width, height: clamp(Math.round(size.width / aspect), 1, size.height) };
}

/**
 * A frame moved to whole pixels and kept in place along each axis: inside the picture where it
 * is the smaller (a crop), covering the picture where it is the larger (an extended canvas).
 */
export function clampFrame(frame: Rect, picture: PixelSize): Rect {
  const axis = (at: number, span: number, limit: number) =>
    Math.round(clamp(at, Math.min(0, limit - span), Math.max(0, limit - span)));
  return {
    ...frame,
    x: axis(frame.x, frame.width, picture.width),
    y: axis(frame.y, frame.height, picture.height),
  };
}

/** A frame of `size` centred on a point as far as the picture allows (see clampFrame). */
export function centreFrame(size: PixelSize, on: Point, picture: PixelSize): Rect {
  return clampFrame({ ...size, x: on.x - size.width / 2, y: on.y - size.height / 2 }, picture);
}

/**
 * The safe area around the focal point: a square whose side is `share` of the picture's shorter
 * side, centred on the point, cut to the picture. Every crop must hold it whole.
 */
export function safeArea(picture: PixelSize, focal: Point, share: number): Rect {
  const half = (Math.min(picture.width, picture.height) * share) / 2;
  const left = clamp(focal.x - half, 0, picture.width);
  const top = clamp(focal.y - half, 0, picture.height);
  const right = clamp(focal.x + half, 0, picture.width);
  const bottom = clamp(focal.y + half, 0, picture.height);
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * A crop of `size` centred on the focal point, moved the least it must to hold the safe area
 * and to stay inside the picture; null when the safe area is larger than the crop.
 */
export function placeCrop(size: PixelSize, picture: PixelSize, focal: Point, safe: Rect): Rect | null {
  if (safe.width > size.width || safe.height > size.height) return null;
  const axis = (centre: number, span: number, low: number, high: number, limit: number) => {
    // Holding [low, high] on whole pixels: start at or before floor(low), end at or after ceil(high).
    const held = clamp(Math.round(centre - span / 2), Math.ceil(high) - span, Math.floor(low));
    return clamp(held, 0, limit - span);
  };
  return {
    ...size,
    x: axis(focal.x, size.width, safe.x, safe.x + safe.width, picture.width),
    y: axis(focal.y, size.height, safe.y, safe.y + safe.height, picture.height),
  };
}

/** How much a frame must be enlarged to fill the target: above 1 is an upscale. */
export function upscaleFactor(frame: PixelSize, target: PixelSize): number {
  return Math.max(target.width / frame.width, target.height / frame.height);
}
