/**
 * Whether a polygon is being clicked out on the canvas: Enter and Esc are then the polygon's
 * (close, cancel), not the candidates' (accept, discard all). Set by the engine's gestures.
 */
let open = false;

export const polygonOpen = (): boolean => open;

export function setPolygonOpen(value: boolean): void {
  open = value;
}
