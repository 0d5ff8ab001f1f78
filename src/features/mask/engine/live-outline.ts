import Konva from 'konva';
import type { PolygonOp } from '../ops.ts';
import type { Point } from './coords.ts';
import type { MaskRenderer } from './mask-renderer.ts';
import { createPolygonNode } from './op-nodes.ts';

/**
 * The lasso or polygon being drawn: its fill previewed in the mask (cut out when erasing) and
 * a dashed outline on the tool layer. Points are appended directly, and drawn on `render`,
 * which the gestures call at most once per animation frame.
 */
export type LiveOutline = {
  add: (point: Point) => void;
  /** Replaces the last point (the polygon's rubber band following the pointer). */
  moveLast: (point: Point) => void;
  removeLast: () => void;
  setErase: (erase: boolean) => void;
  count: () => number;
  first: () => Point;
  last: () => Point;
  render: () => void;
  /** The outline as an operation, or null when it encloses nothing. */
  finish: () => PolygonOp | null;
  dispose: () => void;
};

/** Hundredths of a pixel are plenty, and keep the saved draft small. */
const round = (value: number) => Math.round(value * 100) / 100;

export function startLiveOutline(
  renderer: MaskRenderer,
  toolLayer: Konva.Layer,
  start: Point,
  erase: boolean,
  color: string,
): LiveOutline {
  const points: number[] = [round(start.x), round(start.y)];
  let cut = erase;
  const fill = createPolygonNode(points, cut, color);
  const outline = new Konva.Line({
    listening: false,
    perfectDrawEnabled: false,
    points,
    closed: true,
    stroke: 'rgba(255, 255, 255, 0.95)',
    strokeWidth: 1,
    dash: [4, 4],
    strokeScaleEnabled: false,
    shadowColor: 'black',
    shadowBlur: 0,
    shadowOffset: { x: 1, y: 1 },
    shadowOpacity: 0.8,
  });
  renderer.addLive(fill);
  toolLayer.add(outline);

  const area = () => {
    let sum = 0;
    for (let i = 0; i < points.length; i += 2) {
      const j = (i + 2) % points.length;
      sum +=
        (points[i] as number) * (points[j + 1] as number) - (points[j] as number) * (points[i + 1] as number);
    }
    return Math.abs(sum) / 2;
  };

  return {
    add(point) {
      points.push(round(point.x), round(point.y));
    },
    moveLast(point) {
      points[points.length - 2] = round(point.x);
      points[points.length - 1] = round(point.y);
    },
    removeLast() {
      if (points.length > 2) points.length -= 2;
    },
    setErase(next) {
      cut = next;
    },
    count: () => points.length / 2,
    first: () => ({ x: points[0] as number, y: points[1] as number }),
    last: () => ({ x: points[points.length - 2] as number, y: points[points.length - 1] as number }),
    render() {
      fill.setAttrs({ points, globalCompositeOperation: cut ? 'destination-out' : 'source-over' });
      outline.points(points);
      fill.getLayer()?.draw();
      toolLayer.draw();
    },
    finish: () =>
      points.length >= 6 && area() >= 0.5 ? { type: 'polygon', points: points.slice(), erase: cut } : null,
    dispose() {
      const maskLayer = fill.getLayer();
      fill.destroy();
      outline.destroy();
      maskLayer?.batchDraw();
      toolLayer.batchDraw();
    },
  };
}
