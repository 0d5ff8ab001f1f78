import Konva from 'konva';
import { isRasterOp, type MaskOp, type ShapeOp } from '../ops.ts';
import { runMaskTask } from '../worker-client.ts';
import type { Size } from './coords.ts';
import { createOpNode, recolorOpNode } from './op-nodes.ts';

/**
 * Draws the mask document into the overlay group: the document up to its last raster
 * operation (region, grow, feather) as one bitmap made in the mask worker, then one node per
 * later operation. The group is cached as a single image-sized bitmap after every change, so
 * the layer redraws one bitmap rather than every stroke. Live tool nodes sit beside the group.
 */
export type MaskRenderer = {
  /** Shows this document; nodes for an unchanged leading run of ops are kept. */
  show: (ops: readonly MaskOp[]) => void;
  setColor: (color: string) => void;
  /** The tint's strength, applied to the whole layer so overlapping strokes do not add up. */
  setOpacity: (opacity: number) => void;
  /** Adds a live node (the stroke or shape being drawn) above the finished mask. */
  addLive: (node: Konva.Shape) => void;
  /**
   * Paints onto the layer's canvas as it stands, in image pixels and clipped to the image,
   * without redrawing the layer: the live stroke adds each frame's new segments this way, so
   * a frame touches only the pixels they cover. The next full redraw replaces it.
   */
  paintOver: (paint: (context: CanvasRenderingContext2D) => void) => void;
  destroy: () => void;
};

/** Where the last raster op is: everything up to it is drawn as one bitmap. */
const rasterEnd = (ops: readonly MaskOp[]) => ops.findLastIndex(isRasterOp) + 1;

const samePrefix = (a: readonly MaskOp[], b: readonly MaskOp[], length: number) =>
  a.length >= length && b.length >= length && a.slice(0, length).every((op, i) => op === b[i]);

function rgbOf(color: string): [number, number, number] {
  const value = Number.parseInt(color.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

export function createMaskRenderer(
  layer: Konva.Layer,
  group: Konva.Group,
  image: Size,
  color: string,
): MaskRenderer {
  layer.clip({ x: 0, y: 0, width: image.width, height: image.height });
  let shown: readonly MaskOp[] = [];
  let baseLength = 0;
  let base: Konva.Image | null = null;
  let nodes: Konva.Shape[] = [];
  let currentColor = color;
  let wanted: readonly MaskOp[] = [];
  let request = 0;
  let destroyed = false;

  const recache = () => {
    // Explicit bounds: the cache is the image, whatever strokes reach beyond it.
    group.cache({ x: 0, y: 0, width: image.width, height: image.height, pixelRatio: 1 });
    layer.batchDraw();
  };

  const showShapes = (ops: readonly MaskOp[], from: number) => {
    let same = from;
    while (same < ops.length && same < shown.length && ops[same] === shown[same]) same++;
    const keep = same - from;
    for (const node of nodes.slice(keep)) node.destroy();
    nodes = nodes.slice(0, keep);
    for (const op of ops.slice(same)) {
      const node = createOpNode(op as ShapeOp, image, currentColor);
      group.add(node);
      nodes.push(node);
    }
    shown = ops;
  };

  /** Redraws the raster part in the worker; the screen keeps the last drawing until it is ready. */
  const renderBase = (ops: readonly MaskOp[], length: number) => {
    const ticket = ++request;
    void runMaskTask('overlay', ops.slice(0, length), image.width, image.height, rgbOf(currentColor))
      .then((bitmap) => {
        if (destroyed || ticket !== request) return bitmap.close();
        (base?.image() as ImageBitmap | undefined)?.close();
        base?.destroy();
        base = new Konva.Image({ image: bitmap, x: 0, y: 0, ...image, listening: false });
        group.add(base);
        base.moveToBottom();
        for (const node of nodes) node.destroy();
        nodes = [];
        baseLength = length;
        shown = ops.slice(0, length);
        showShapes(wanted, length);
        recache();
      })
      .catch((error: unknown) => console.warn('The mask could not be drawn.', error));
  };

  const show = (ops: readonly MaskOp[]) => {
    wanted = ops;
    const length = rasterEnd(ops);
    if (length > 0 && !(length === baseLength && samePrefix(ops, shown, length) && base)) {
      renderBase(ops, length);
      return;
    }
    request++;
    if (length === 0 && base) {
      base.destroy();
      base = null;
      baseLength = 0;
      shown = [];
    }
    showShapes(ops, length);
    recache();
  };

  recache();

  return {
    show,
    setColor(next) {
      if (next === currentColor) return;
      currentColor = next;
      for (const node of nodes) recolorOpNode(node, next);
      if (baseLength > 0) renderBase(wanted, baseLength);
      else recache();
    },
    setOpacity(opacity) {
      layer.getNativeCanvasElement().style.opacity = String(opacity);
    },
    addLive(node) {
      layer.add(node);
      layer.batchDraw();
    },
    paintOver(paint) {
      const context = layer.getNativeCanvasElement().getContext('2d');
      if (!context) return;
      const ratio = layer.getCanvas().getPixelRatio();
      const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = layer.getAbsoluteTransform().getMatrix();
      context.save();
      context.setTransform(a * ratio, b * ratio, c * ratio, d * ratio, e * ratio, f * ratio);
      context.beginPath();
      context.rect(0, 0, image.width, image.height);
      context.clip();
      paint(context);
      context.restore();
    },
    destroy() {
      destroyed = true;
      (base?.image() as ImageBitmap | undefined)?.close();
      group.clearCache();
    },
  };
}
