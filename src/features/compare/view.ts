/**
 * The shared camera of the compare panes: a point (u, v) of the image shows at
 * (x + u·scale, y + v·scale) in every pane. Scale 1 shows one image pixel per CSS pixel.
 */
export type ViewTransform = { scale: number; x: number; y: number };
export type Size = { width: number; height: number };
export type Point = { x: number; y: number };

export const MIN_SCALE = 0.05;
export const MAX_SCALE = 32;
/** One wheel notch (100 px of delta) zooms by about 20 %. */
const WHEEL_SENSITIVITY = 0.0018;
const LINE_HEIGHT_PX = 16;

const clampScale = (scale: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));

/** The whole image, as large as fits, centred in the pane. */
export function fitView(pane: Size, image: Size): ViewTransform {
  if (pane.width <= 0 || pane.height <= 0 || image.width <= 0 || image.height <= 0)
    return { scale: 1, x: 0, y: 0 };
  const scale = clampScale(Math.min(pane.width / image.width, pane.height / image.height));
  return centredAt(pane, image, scale);
}

/** The image at `scale`, centred in the pane. */
export function centredAt(pane: Size, image: Size, scale: number): ViewTransform {
  return { scale, x: (pane.width - image.width * scale) / 2, y: (pane.height - image.height * scale) / 2 };
}

/** Zooms by `factor` keeping the image point under `anchor` (pane coordinates) where it is. */
export function zoomAt(view: ViewTransform, anchor: Point, factor: number): ViewTransform {
  const scale = clampScale(view.scale * factor);
  const applied = scale / view.scale;
  return { scale, x: anchor.x - (anchor.x - view.x) * applied, y: anchor.y - (anchor.y - view.y) * applied };
}

export function panBy(view: ViewTransform, dx: number, dy: number): ViewTransform {
  return { ...view, x: view.x + dx, y: view.y + dy };
}

/** The zoom factor of one wheel event; deltaMode 1 counts lines, 2 pages. */
export function wheelZoomFactor(deltaY: number, deltaMode: number): number {
  const pixels = deltaMode === 1 ? deltaY * LINE_HEIGHT_PX : deltaMode === 2 ? deltaY * 800 : deltaY;
  return Math.exp(-pixels * WHEEL_SENSITIVITY);
}

/** "Zoom 150 %": the zoom as people read it, 100 % being one image pixel per screen pixel. */
export function zoomLabel(view: ViewTransform): string {
  const percent = view.scale * 100;
  return `Zoom ${percent < 10 ? percent.toFixed(1) : Math.round(percent)} %`;
}

/** The CSS transform that places an element of the image's size under this view. */
export function cssTransform(view: ViewTransform): string {
  return `translate(${view.x}px, ${view.y}px) scale(${view.scale})`;
}
