import type Konva from 'konva';
import {
  actualSizeView,
  fitView,
  nextZoomStep,
  zoomAround,
  type Point,
  type Size,
  type View,
} from './coords.ts';

/**
 * Zoom and pan move the stage only; the image and the mask stay at (0, 0), scale 1. The view
 * stays fitted across resizes until the user zooms or pans.
 */
export type Camera = {
  fit: () => void;
  actualSize: () => void;
  /** Zooms to the next step in or out, around the middle of the viewport. */
  zoomStep: (direction: 1 | -1) => void;
  /** Zooms by `factor`, keeping the point under `anchor` (container pixels) in place. */
  zoomAt: (anchor: Point, factor: number) => void;
  panBy: (dx: number, dy: number) => void;
  resize: (viewport: Size) => void;
};

export function createCamera(stage: Konva.Stage, image: Size, onZoom: (scale: number) => void): Camera {
  let view: View = { scale: 1, x: 0, y: 0 };
  let fitted = true;
  const viewport = (): Size => ({ width: stage.width(), height: stage.height() });

  const apply = (next: View, isFitted: boolean) => {
    const zoomChanged = next.scale !== view.scale;
    view = next;
    fitted = isFitted;
    stage.scale({ x: next.scale, y: next.scale });
    stage.position({ x: next.x, y: next.y });
    stage.batchDraw();
    if (zoomChanged) onZoom(next.scale);
  };
  const fit = () => apply(fitView(viewport(), image), true);

  fit();
  onZoom(view.scale);

  return {
    fit,
    actualSize: () => apply(actualSizeView(view, viewport()), false),
    zoomStep: (direction) => {
      const middle = { x: stage.width() / 2, y: stage.height() / 2 };
      apply(zoomAround(view, middle, nextZoomStep(view.scale, direction)), false);
    },
    zoomAt: (anchor, factor) => apply(zoomAround(view, anchor, view.scale * factor), false),
    panBy: (dx, dy) => apply({ ...view, x: view.x + dx, y: view.y + dy }, false),
    resize(next) {
      stage.size(next);
      if (fitted) fit();
      else stage.batchDraw();
    },
  };
}
