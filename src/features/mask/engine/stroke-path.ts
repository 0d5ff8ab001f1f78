import { strokeRadius, tangentQuad } from '../geometry.ts';
import type { StrokeOp } from '../ops.ts';

/**
 * The path of a stroke, from a given point on: the whole stroke for a finished node, only the
 * newest points for the live stroke, which paints each frame's segments over the last frame's.
 * Works on a Konva context and on a bare 2D context alike.
 */
type PathContext = Pick<CanvasRenderingContext2D, 'beginPath' | 'moveTo' | 'lineTo' | 'arc' | 'closePath'>;

const isDot = (points: readonly number[]) =>
  points.length === 2 || (points.length === 4 && points[0] === points[2] && points[1] === points[3]);

/**
 * An even-width stroke as a polyline to be stroked with round caps and joins, from point
 * `from` (joined to the point before it). Browsers skip a segment of length 0 even with round
 * caps, so a dot is drawn a hair long.
 */
export function traceLine(context: PathContext, points: readonly number[], from: number): void {
  const [x = 0, y = 0] = points;
  context.beginPath();
  if (isDot(points)) {
    context.moveTo(x, y);
    context.lineTo(x + 0.01, y);
    return;
  }
  const start = Math.max(0, from - 1);
  context.moveTo(points[2 * start] as number, points[2 * start + 1] as number);
  for (let i = start + 1; i < points.length / 2; i++)
    context.lineTo(points[2 * i] as number, points[2 * i + 1] as number);
}

const quad = new Float64Array(8);

/**
 * A stroke whose width pen pressure varies, as a shape to fill with the non-zero rule: a disc
 * at each point from `from` on, and the tangent quad joining it to the point before (the
 * exporter's shape, see geometry.ts).
 */
export function tracePressure(context: PathContext, op: StrokeOp, from: number): void {
  const { points, pressures, size } = op;
  const shrink = 1 - op.softness / 2;
  const x = (i: number) => points[2 * i] as number;
  const y = (i: number) => points[2 * i + 1] as number;
  const r = (i: number) => strokeRadius(size, pressures?.[i]) * shrink;
  context.beginPath();
  for (let i = from; i < points.length / 2; i++) {
    context.moveTo(x(i) + r(i), y(i));
    context.arc(x(i), y(i), r(i), 0, Math.PI * 2, false);
    if (i > 0 && tangentQuad(x(i - 1), y(i - 1), r(i - 1), x(i), y(i), r(i), quad)) traceQuad(context);
  }
}

/** Adds the quad as a sub-path turning the same way as the arcs, so non-zero fill unites them. */
function traceQuad(context: PathContext): void {
  let area = 0;
  for (let i = 0; i < 8; i += 2) {
    area +=
      (quad[i] as number) * (quad[(i + 3) % 8] as number) -
      (quad[(i + 2) % 8] as number) * (quad[i + 1] as number);
  }
  const order = area >= 0 ? [0, 2, 4, 6] : [6, 4, 2, 0];
  order.forEach((i, n) => {
    const px = quad[i] as number;
    const py = quad[i + 1] as number;
    if (n === 0) context.moveTo(px, py);
    else context.lineTo(px, py);
  });
  context.closePath();
}
