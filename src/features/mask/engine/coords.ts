/**
 * The camera maths. The source image sits at (0, 0) at scale 1, so a stage unit is an image
 * pixel; the view is the stage's transform: screen = image × scale + (x, y), where screen
 * means CSS pixels from the stage container's top-left corner.
 */

export type Point = { x: number; y: number };
export type Size = { width: number; height: number };
export type View = { scale: number; x: number; y: number };

export const ZOOM_MIN = 0.02;
export const ZOOM_MAX = 32;
/** Room left around the image when it is fitted to the screen, in CSS pixels. */
export const FIT_MARGIN = 16;

export const clampZoom = (scale: number) => Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, scale));

export function screenToImage(point: Point, view: View): Point {
  return { x: (point.x - view.x) / view.scale, y: (point.y - view.y) / view.scale };
}

export function imageToScreen(point: Point, view: View): Point {
  return { x: point.x * view.scale + view.x, y: point.y * view.scale + view.y };
}

/** The view at `scale` that keeps the image point under `anchor` (screen) where it is. */
export function zoomAround(view: View, anchor: Point, scale: number): View {
  const next = clampZoom(scale);
  const fixed = screenToImage(anchor, view);
  return { scale: next, x: anchor.x - fixed.x * next, y: anchor.y - fixed.y * next };
}

/** The zoom levels the zoom buttons and the + and − keys step through. */
export const ZOOM_STEPS = [0.1, 0.25, 1 / 3, 0.5, 2 / 3, 1, 1.5, 2, 2.5, 3, 4, 6, 8, 16] as const;

/** The next zoom step above (direction 1) or below (-1) the current scale, or the scale itself at the end. */
export function nextZoomStep(scale: number, direction: 1 | -1): number {
  const tolerance = 1.001;
  if (direction > 0) return ZOOM_STEPS.find((step) => step > scale * tolerance) ?? scale;
  return [...ZOOM_STEPS].reverse().find((step) => step < scale / tolerance) ?? scale;
}

/** The whole image, as large as fits the viewport with a margin, centred. */
export function fitView(viewport: Size, image: Size, margin = FIT_MARGIN): View {
  const room = (length: number) => Math.max(1, length - 2 * margin);
  const scale = clampZoom(Math.min(room(viewport.width) / image.width, room(viewport.height) / image.height));
  return {
    scale,
    x: (viewport.width - image.width * scale) / 2,
    y: (viewport.height - image.height * scale) / 2,
  };
}

/** One image pixel per CSS pixel, keeping the centre of the viewport where it is. */
export function actualSizeView(view: View, viewport: Size): View {
  return zoomAround(view, { x: viewport.width / 2, y: viewport.height / 2 }, 1);
}

/** Zoom per pixel of wheel travel: a 100 px mouse notch zooms about 22 %. */
const WHEEL_ZOOM_RATE = 0.002;
/** One event never zooms by more than this many pixels' worth (a page-mode wheel, a flung trackpad). */
const WHEEL_STEP_LIMIT = 240;

/**
 * The zoom factor for a wheel event, proportional to its travel so mouse notches and trackpad
 * pinches (which browsers report as a wheel with ctrlKey and small deltas) feel alike: the same
 * rate whether Ctrl is held or not, so Ctrl+wheel on a mouse no longer jumps ×2.7 a notch.
 */
export function wheelZoomFactor(deltaY: number, deltaMode: number): number {
  const LINE = 1;
  const PAGE = 2;
  const pixels = deltaMode === LINE ? deltaY * 16 : deltaMode === PAGE ? deltaY * 400 : deltaY;
  const limited = Math.max(-WHEEL_STEP_LIMIT, Math.min(WHEEL_STEP_LIMIT, pixels));
  return Math.exp(-limited * WHEEL_ZOOM_RATE);
}
