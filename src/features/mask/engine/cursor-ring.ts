import type Konva from 'konva';
import type { Point } from './coords.ts';

/**
 * The brush outline under the pointer: a circle of the brush's diameter in image pixels (so it
 * grows with the zoom), a dark and a light line so it shows on any image. It is an element
 * over the stage moved by a CSS transform, not a Konva node: following the pointer then
 * repaints no canvas (a tool layer is a whole stage-sized canvas to clear and redraw).
 */
export type CursorRing = {
  moveTo: (point: Point) => void;
  setDiameter: (diameter: number) => void;
  setVisible: (visible: boolean) => void;
  destroy: () => void;
};

export function createCursorRing(element: HTMLElement, stage: Konva.Stage, diameter: number): CursorRing {
  let size = diameter;
  let at: Point = { x: 0, y: 0 };
  let shownSize = -1;

  /** Places it where the stage's camera shows `at`. */
  const place = () => {
    const scale = stage.scaleX();
    const screen = size * scale;
    if (screen !== shownSize) {
      element.style.width = `${screen}px`;
      element.style.height = `${screen}px`;
      shownSize = screen;
    }
    const left = at.x * scale + stage.x() - screen / 2;
    const top = at.y * scale + stage.y() - screen / 2;
    element.style.transform = `translate(${left}px, ${top}px)`;
  };
  // Zoom and pan move the stage; the ring follows.
  stage.on('xChange.cursorRing yChange.cursorRing scaleXChange.cursorRing', place);
  place();

  return {
    moveTo(point) {
      at = point;
      place();
    },
    setDiameter(next) {
      size = next;
      place();
    },
    setVisible(visible) {
      if (element.hidden === !visible) return;
      element.hidden = !visible;
    },
    destroy() {
      stage.off('.cursorRing');
    },
  };
}
