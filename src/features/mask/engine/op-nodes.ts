import Konva from 'konva';
import type { ShapeOp, StrokeOp } from '../ops.ts';
import type { Size } from './coords.ts';
import { traceLine, tracePressure } from './stroke-path.ts';

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
 * A stroke as one node, drawn from its op's points at every draw (so a live stroke can grow
 * its op in place): stroked with round caps and joins when the width is even, a filled
 * outline of discs and tangent quads when pen pressure varies it (see stroke-path.ts).
 * `maxX` is the largest x among its points (see applySoftness).
 */
export function createStrokeNode(op: StrokeOp, color: string, maxX: number): Konva.Shape {
  const node = op.pressures
    ? new Konva.Shape({
        ...PASSIVE,
        fill: color,
        globalCompositeOperation: compositeOf(op),
        sceneFunc: (context, shape) => {
          tracePressure(context, op, 0);
          context.fillShape(shape);
        },
      })
    : new Konva.Shape({
        ...PASSIVE,
        stroke: color,
        strokeWidth: strokeWidthOf(op),
        lineCap: 'round',
        lineJoin: 'round',
        globalCompositeOperation: compositeOf(op),
        sceneFunc: (context, shape) => {
          traceLine(context, op.points, 0);
          context.strokeShape(shape);
        },
      });
  applySoftness(node, op, color, maxX);
  return node;
}

/** Drawn slightly thinner when soft, so the blurred edge's midpoint is where the export's fade is. */
export const strokeWidthOf = (op: StrokeOp) => op.size * (1 - op.softness / 2);

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
export function applySoftness(node: Konva.Shape, op: StrokeOp, color: string, maxX: number): void {
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
