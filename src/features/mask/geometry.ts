/**
 * The shape of a stroke, shared by the exporter and the on-screen preview so both paint the
 * same pixels: a disc at every point joined by the hull of each consecutive pair of discs.
 */

/** The smallest radius that still covers a pixel centre wherever the point falls. */
export const MIN_RADIUS = Math.SQRT1_2;

/** A light touch of the pen still paints this fraction of the full width. */
const PRESSURE_FLOOR = 0.1;

/** Radius at a stroke point: half the diameter, scaled by pen pressure when there is one. */
export function strokeRadius(size: number, pressure?: number): number {
  const scale = pressure === undefined ? 1 : Math.max(PRESSURE_FLOOR, pressure);
  return Math.max(MIN_RADIUS, (size / 2) * scale);
}

/**
 * Writes into `out` the four corners (x,y pairs, in order around the outline) of the
 * quadrilateral between the outer tangents of two discs, and returns true; returns false
 * when one disc contains the other, so the larger disc alone is the hull.
 */
export function tangentQuad(
  x0: number,
  y0: number,
  r0: number,
  x1: number,
  y1: number,
  r1: number,
  out: Float64Array,
): boolean {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const length = Math.hypot(dx, dy);
  if (length <= Math.abs(r0 - r1)) return false;
  const ux = dx / length;
  const uy = dy / length;
  // The tangent line's normal v satisfies v·u = (r0 - r1) / length on both discs.
  const sin = (r0 - r1) / length;
  const cos = Math.sqrt(1 - sin * sin);
  const ax = -uy * cos + ux * sin;
  const ay = ux * cos + uy * sin;
  const bx = uy * cos + ux * sin;
  const by = -ux * cos + uy * sin;
  out[0] = x0 + r0 * ax;
  out[1] = y0 + r0 * ay;
  out[2] = x1 + r1 * ax;
  out[3] = y1 + r1 * ay;
  out[4] = x1 + r1 * bx;
  out[5] = y1 + r1 * by;
  out[6] = x0 + r0 * bx;
  out[7] = y0 + r0 * by;
  return true;
}
