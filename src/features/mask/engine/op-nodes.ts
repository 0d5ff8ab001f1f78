import Konva from 'konva';
import { strokeRadius, tangentQuad } from '../geometry.ts';
import type { ShapeOp, StrokeOp } from '../ops.ts';
import type { Size } from './coords.ts';

/**
 * Konva nodes that draw mask operations opaque in the overlay colour, in image pixel
 * coordinates; the mask layer's opacity makes them a tint. Erasing is destination-out in
 * the same group, so it removes what was painted before it.
 */

const PASSIVE = { listening: false, perfectDrawEnabled: false } as const;

const compositeOf = (op: StrokeOp) => (op.type === 'erase' ? 'destination-out' : 'source-over');

export function createOpNode(op: ShapeOp, image: Size, color: string): Konva.Shape {
  const whole = { ...PASSIVE, x: 0, y: 0, width: image.width, height: image.height, fill: color };
  switch (op.type) {
    case 'brush':
    case 'erase':
      return createStrokeNode(op, color, strokeMaxX(op.points));
    case 'rect':
      return new Konva.Rect({
        ...PASSIVE,
        x: op.x,
        y: op.y,
        width: op.width,
        height: op.height,
        fill: color,
        globalCompositeOperation: op.erase ? 'destination-out' : 'source-over',
      });
    case 'polygon':
      return createPolygonNode(op.points, op.erase, color);
    case 'fill':
      return new Konva.Rect(whole);
    case 'clear':
      return new Konva.Rect({ ...whole, globalCompositeOperation: 'destination-out' });
    case 'invert':
      // An opaque rect xor'd over the mask leaves 1 - alpha everywhere.
      return new Konva.Rect({ ...whole, globalCompositeOperation: 'xor' });
  }
}

/** A lasso or polygon, filled with the non-zero rule as the exporter fills it. */
export function createPolygonNode(points: number[], erase: boolean, color: string): Konva.Line {
  return new Konva.Line({
    ...PASSIVE,
    points,
    closed: true,
    fill: color,
    globalCompositeOperation: erase ? 'destination-out' : 'source-over',
  });
}

/**
 * A stroke as one node: a Konva.Line when the width is even, a filled outline of discs and
 * tangent quads when pen pressure varies it (the exporter's shape, see geometry.ts).
 * `maxX` is the largest x among its points (see applySoftness).
 */
export function createStrokeNode(op: StrokeOp, color: string, maxX: number): Konva.Shape {
  const node = op.pressures
    ? new Konva.Shape({
        ...PASSIVE,
        fill: color,
        globalCompositeOperation: compositeOf(op),
        sceneFunc: (context, shape) => {
          tracePressureStroke(context, op);
          context.fillShape(shape);
        },
      })
    : new Konva.Line({
        ...PASSIVE,
        stroke: color,
        strokeWidth: op.size * (1 - op.softness / 2),
        lineCap: 'round',
        lineJoin: 'round',
        globalCompositeOperation: compositeOf(op),
      });
  updateStrokeNode(node, op, color, maxX);
  return node;
}

/** Brings a stroke node up to date after points were appended to its op (the live stroke). */
export function updateStrokeNode(node: Konva.Shape, op: StrokeOp, color: string, maxX: number): void {
  if (node instanceof Konva.Line) node.points(isDot(op.points) ? dotPoints(op.points) : op.points);
  applySoftness(node, op, color, maxX);
}

const isDot = (points: readonly number[]) =>
  points.length === 2 || (points.length === 4 && points[0] === points[2] && points[1] === points[3]);

/** Browsers skip a segment of length 0 even with round caps, so a dot is drawn a hair long. */
const dotPoints = (points: readonly number[]) => {
  const [x = 0, y = 0] = points;
  return [x, y, x + 0.01, y];
};

function strokeMaxX(points: readonly number[]): number {
  let max = -Infinity;
  for (let i = 0; i < points.length; i += 2) max = Math.max(max, points[i] as number);
  return max;
}

/**
 * A soft edge on screen: the stroke is drawn far to the left, off the image, and only its
 * blurred shadow lands in place. Drawn slightly thinner, so the blur's midpoint falls where
 * the exporter's fade is half way (the exporter is the truth; this is a preview).
 */
function applySoftness(node: Konva.Shape, op: StrokeOp, color: string, maxX: number): void {
  if (op.softness === 0) return;
  const feather = (op.softness * op.size) / 2;
  const shift = Math.ceil(Math.max(0, maxX) + op.size + 4 * feather + 16);
  if (node.x() === -shift) return;
  node.setAttrs({
    x: -shift,
    shadowEnabled: true,
    shadowColor: color,
    shadowOpacity: 1,
    // A canvas blur of b has sigma b/2; 0.53 × feather matches smoothstep's slope at its middle.
    shadowBlur: 0.53 * feather,
    shadowOffsetX: shift,
    shadowOffsetY: 0,
  });
}

/** Recolours a node made by createOpNode. */
export function recolorOpNode(node: Konva.Shape, color: string): void {
  if (node.stroke()) node.stroke(color);
  if (node.fill()) node.fill(color);
  if (node.shadowEnabled() && node.shadowColor()) node.shadowColor(color);
}

const quad = new Float64Array(8);

function tracePressureStroke(context: Konva.Context, op: StrokeOp): void {
  const { points, pressures, size } = op;
  const shrink = 1 - op.softness / 2;
  const count = points.length / 2;
  const x = (i: number) => points[2 * i] as number;
  const y = (i: number) => points[2 * i + 1] as number;
  const r = (i: number) => strokeRadius(size, pressures?.[i]) * shrink;
  context.beginPath();
  for (let i = 0; i < count; i++) {
    context.moveTo(x(i) + r(i), y(i));
    context.arc(x(i), y(i), r(i), 0, Math.PI * 2, false);
    if (i + 1 < count && tangentQuad(x(i), y(i), r(i), x(i + 1), y(i + 1), r(i + 1), quad))
      traceQuad(context);
  }
}

/** Adds the quad as a sub-path turning the same way as the arcs, so non-zero fill unites them. */
function traceQuad(context: Konva.Context): void {
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
