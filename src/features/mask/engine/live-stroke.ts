import type Konva from 'konva';
import type { StrokeOp } from '../ops.ts';
import type { MaskRenderer } from './mask-renderer.ts';
import { createStrokeNode, updateStrokeNode } from './op-nodes.ts';

/** A pointer position in image pixels, with pen pressure when a pen gave it. */
export type Sample = { x: number; y: number; pressure?: number };

/**
 * The stroke being drawn: one node that pointer moves append to directly (no store update,
 * no React render per move), turned into one document operation when the pointer lifts.
 */
export type LiveStroke = {
  /** Appends a sample; nothing is drawn until `render`. */
  add: (sample: Sample) => void;
  /** Brings the node up to date; the gestures call it at most once per animation frame. */
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
  toolLayer: Konva.Layer,
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
  const node: Konva.Shape = createStrokeNode(op, style.color, maxX);
  renderer.addLive(node);

  const append = (sample: Sample) => {
    op.points.push(round(sample.x), round(sample.y));
    op.pressures?.push(sample.pressure ?? 1);
    maxX = Math.max(maxX, sample.x);
    last = sample;
    pending = null;
  };

  return {
    add(sample) {
      if (Math.hypot(sample.x - last.x, sample.y - last.y) < spacing) {
        pending = sample;
        return;
      }
      append(sample);
    },
    /** Draws the stroke and the tool layer (the cursor ring) in this frame. */
    render() {
      updateStrokeNode(node, op, style.color, maxX);
      node.getLayer()?.draw();
      toolLayer.draw();
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
