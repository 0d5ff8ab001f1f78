/** Where an image sits in the viewer: its top-left corner in the frame and its scale (1 = 100 %). */
export type ZoomView = { x: number; y: number; scale: number };
export type Size = { width: number; height: number };

export const MIN_SCALE = 0.02;
export const MAX_SCALE = 32;

const clampScale = (scale: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));

/** The whole image centred in the frame, never enlarged past 100 %. */
export function fitView(image: Size, frame: Size): ZoomView {
  const scale = clampScale(Math.min(1, frame.width / image.width, frame.height / image.height));
  return centred(image, frame, scale);
}

/** The image at `scale`, centred in the frame. */
export function centred(image: Size, frame: Size, scale: number): ZoomView {
  return {
    x: (frame.width - image.width * scale) / 2,
    y: (frame.height - image.height * scale) / 2,
    scale,
  };
}

/**
 * Zooms by `factor` keeping the image point under (px, py) where it is, as image editors do
 * with the wheel at the pointer.
 */
export function zoomAt(view: ZoomView, factor: number, px: number, py: number): ZoomView {
  const scale = clampScale(view.scale * factor);
  const ratio = scale / view.scale;
  return { scale, x: px - (px - view.x) * ratio, y: py - (py - view.y) * ratio };
}

/**
 * The zoom factor for one wheel event: proportional to the distance scrolled, so a mouse
 * notch (≈100 px) is about ×1.2 and a trackpad's small deltas zoom smoothly.
 */
export function wheelFactor(deltaY: number, deltaMode: number): number {
  const pixels = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
  return Math.exp(-Math.max(-300, Math.min(300, pixels)) * 0.0018);
}
