type Point = { x: number; y: number };

/** Where an arrow key moves a point by `step` (null for any other key), for draggable handles. */
export function arrowMove(key: string, point: Point, step: number): Point | null {
  switch (key) {
    case 'ArrowLeft':
      return { x: point.x - step, y: point.y };
    case 'ArrowRight':
      return { x: point.x + step, y: point.y };
    case 'ArrowUp':
      return { x: point.x, y: point.y - step };
    case 'ArrowDown':
      return { x: point.x, y: point.y + step };
    default:
      return null;
  }
}
