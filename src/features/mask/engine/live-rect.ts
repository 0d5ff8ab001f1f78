import Konva from 'konva';
import type { RectOp } from '../ops.ts';
import type { Point } from './coords.ts';
import type { MaskRenderer } from './mask-renderer.ts';

/** The rectangle being dragged: previewed in the mask and outlined on the tool layer. */
export type LiveRect = {
  update: (corner: Point, erase: boolean) => void;
  /** The rectangle as an operation, or null when it is too small to mean anything. */
  finish: () => RectOp | null;
  dispose: () => void;
};

/** The rectangle spanned by two corners, with the sign taken out of its size. */
function rectBetween(a: Point, b: Point, erase: boolean): RectOp {
  return {
    type: 'rect',
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: Math.abs(a.x - b.x),
    height: Math.abs(a.y - b.y),
    erase,
  };
}

export function startLiveRect(
  renderer: MaskRenderer,
  toolLayer: Konva.Layer,
  start: Point,
  erase: boolean,
  color: string,
): LiveRect {
  let rect = rectBetween(start, start, erase);
  const fill = new Konva.Rect({ listening: false, fill: color });
  const outline = new Konva.Rect({
    listening: false,
    stroke: 'rgba(255, 255, 255, 0.9)',
    strokeWidth: 1,
    dash: [4, 4],
    strokeScaleEnabled: false,
  });
  renderer.addLive(fill);
  toolLayer.add(outline);

  const draw = () => {
    const box = { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    fill.setAttrs({ ...box, globalCompositeOperation: rect.erase ? 'destination-out' : 'source-over' });
    outline.setAttrs(box);
    fill.getLayer()?.batchDraw();
    toolLayer.batchDraw();
  };
  draw();

  return {
    update(corner, nextErase) {
      rect = rectBetween(start, corner, nextErase);
      draw();
    },
    finish: () => (rect.width >= 1 && rect.height >= 1 ? rect : null),
    dispose() {
      const maskLayer = fill.getLayer();
      fill.destroy();
      outline.destroy();
      maskLayer?.batchDraw();
      toolLayer.batchDraw();
    },
  };
}
