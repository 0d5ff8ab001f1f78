import Konva from 'konva';
import type { Point } from './coords.ts';

/**
 * The brush outline under the pointer: a circle of the brush's diameter in image pixels
 * (so it grows with the zoom), a dark and a light line so it shows on any image.
 */
export type CursorRing = {
  moveTo: (point: Point) => void;
  /** Moves it without drawing: for a caller that draws the tool layer itself this frame. */
  place: (point: Point) => void;
  setDiameter: (diameter: number) => void;
  setVisible: (visible: boolean) => void;
};

export function createCursorRing(layer: Konva.Layer, diameter: number): CursorRing {
  const line = { listening: false, perfectDrawEnabled: false, strokeScaleEnabled: false } as const;
  const dark = new Konva.Circle({ ...line, stroke: 'rgba(0, 0, 0, 0.75)', strokeWidth: 3 });
  const light = new Konva.Circle({ ...line, stroke: 'rgba(255, 255, 255, 0.95)', strokeWidth: 1 });
  const ring = new Konva.Group({ listening: false, visible: false });
  ring.add(dark, light);
  layer.add(ring);
  const setDiameter = (next: number) => {
    dark.radius(next / 2);
    light.radius(next / 2);
    layer.batchDraw();
  };
  setDiameter(diameter);
  return {
    moveTo(point) {
      ring.position(point);
      layer.batchDraw();
    },
    place(point) {
      ring.position(point);
    },
    setDiameter,
    setVisible(visible) {
      if (ring.visible() === visible) return;
      ring.visible(visible);
      layer.batchDraw();
    },
  };
}
