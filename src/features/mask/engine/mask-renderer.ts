import Konva from 'konva';
import type { MaskOp } from '../ops.ts';
import type { Size } from './coords.ts';
import { createOpNode, recolorOpNode } from './op-nodes.ts';

/**
 * Draws the mask document into the mask layer: one node per operation in a group that is
 * cached as a single image-sized bitmap after every change, so the layer redraws one bitmap
 * rather than every stroke. Live tool nodes are added beside the group, above it.
 */
export type MaskRenderer = {
  /** Shows this document; nodes for an unchanged leading run of ops are kept. */
  show: (ops: readonly MaskOp[]) => void;
  setColor: (color: string) => void;
  /** The tint's strength, applied to the whole layer so overlapping strokes do not add up. */
  setOpacity: (opacity: number) => void;
  /** Adds a live node (the stroke or rectangle being drawn) above the finished mask. */
  addLive: (node: Konva.Shape) => void;
  destroy: () => void;
};

export function createMaskRenderer(layer: Konva.Layer, image: Size, color: string): MaskRenderer {
  const group = new Konva.Group({ listening: false });
  layer.add(group);
  layer.clip({ x: 0, y: 0, width: image.width, height: image.height });
  let shown: readonly MaskOp[] = [];
  let nodes: Konva.Shape[] = [];
  let currentColor = color;

  const recache = () => {
    // Explicit bounds: the cache is the image, whatever strokes reach beyond it.
    group.cache({ x: 0, y: 0, width: image.width, height: image.height, pixelRatio: 1 });
    layer.batchDraw();
  };

  recache();

  return {
    show(ops) {
      let same = 0;
      while (same < ops.length && same < shown.length && ops[same] === shown[same]) same++;
      if (same === ops.length && same === shown.length) return;
      for (const node of nodes.slice(same)) node.destroy();
      nodes = nodes.slice(0, same);
      for (const op of ops.slice(same)) {
        const node = createOpNode(op, image, currentColor);
        group.add(node);
        nodes.push(node);
      }
      shown = ops;
      recache();
    },
    setColor(next) {
      if (next === currentColor) return;
      currentColor = next;
      for (const node of nodes) recolorOpNode(node, next);
      recache();
    },
    setOpacity(opacity) {
      layer.getNativeCanvasElement().style.opacity = String(opacity);
    },
    addLive(node) {
      layer.add(node);
      layer.batchDraw();
    },
    destroy() {
      group.clearCache();
      group.destroy();
    },
  };
}
