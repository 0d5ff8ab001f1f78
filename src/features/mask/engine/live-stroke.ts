import type { StrokeOp } from '../ops.ts';
import type { MaskRenderer } from './mask-renderer.ts';
import { applySoftness, createStrokeNode, strokeWidthOf } from './op-nodes.ts';
import { traceLine, tracePressure } from './stroke-path.ts';

/** A pointer position in image pixels, with pen pressure when a pen gave it. */
export type Sample = { x: number; y: number; pressure?: number };

/**
 * The stroke being drawn: one node that pointer moves append to directly (no store update,
 * no React render per move), turned into one document operation when the pointer lifts.
 */
export type LiveStroke = {
  /** Appends a sample; nothing is drawn until `render`. */
  add: (sample: Sample) => void;
  /** Brings the screen up to date; the gestures call it at most once per animation frame. */
  render: () => void;
  /** The finished stroke as an operation (a lone click becomes a dot). */
  finish: () => StrokeOp;
  /** Removes the live node; call after the finished operation is in the document. */
  dispose: () => void;
};

export type StrokeStyle = { size: number; softness: number; color: string };

/** Hundredths of a pixel are plenty, and keep the saved draft small. */
const round = (value: number) => Math.round(value * 100) / 100;

export function startLiveStroke(
  renderer: MaskRenderer,
  type: StrokeOp['type'],
  style: StrokeStyle,
  first: Sample,
): LiveStroke {
  const op: StrokeOp = {
    type,
    points: [round(first.x), round(first.y)],
    size: style.size,
    softness: style.softness,
    ...(first.pressure === undefined ? {} : { pressures: [first.pressure] }),
  };
  // Closer points add nothing visible and only make the stroke heavier.
  const spacing = Math.max(0.5, style.size / 10);
  let last: Sample = first;
  let pending: Sample | null = null;
  let maxX = op.points[0] as number;
  /** Points already on screen: a hard stroke paints only the ones after them. */
  let painted = 0;
  // The node draws the whole stroke from `op` whenever the layer is redrawn (and after the stroke).
  const node = createStrokeNode(op, style.color, maxX);
  renderer.addLive(node);

  const append = (sample: Sample) => {
    op.points.push(round(sample.x), round(sample.y));
    op.pressures?.push(sample.pressure ?? 1);
    maxX = Math.max(maxX, sample.x);
    last = sample;
    pending = null;
  };

  /**
   * The new segments, painted over the layer as it stands. Painting in pieces gives the same
   * shape as the whole path (round caps and joins, opaque colour), but a frame repaints only
   * what they cover instead of the whole mask and the whole stroke.
   */
  const paintNew = () => {
    const count = op.points.length / 2;
    if (painted === count) return;
    renderer.paintOver((context) => {
      context.globalCompositeOperation = type === 'erase' ? 'destination-out' : 'source-over';
      if (op.pressures) {
        tracePressure(context, op, painted);
        context.fillStyle = style.color;
        context.fill();
      } else {
        traceLine(context, op.points, painted);
        context.strokeStyle = style.color;
        context.lineWidth = strokeWidthOf(op);
        context.lineCap = 'round';
        context.lineJoin = 'round';
        context.stroke();
      }
    });
    painted = count;
  };

  return {
    add(sample) {
      if (Math.hypot(sample.x - last.x, sample.y - last.y) < spacing) {
        pending = sample;
        return;
      }
      append(sample);
    },
    render() {
      // A soft edge is one blurred shadow of the whole path: pieces would blur and add up apart.
      if (op.softness > 0) {
        applySoftness(node, op, style.color, maxX);
        node.getLayer()?.draw();
      } else paintNew();
    },
    finish() {
      if (pending) append(pending);
      if (op.points.length === 2) append(last);
      return op;
    },
    dispose() {
      const layer = node.getLayer();
      node.destroy();
      layer?.batchDraw();
    },
  };
}
