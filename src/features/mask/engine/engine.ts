import Konva from 'konva';
import { useMaskStore, useMaskViewStore } from '../../../stores/mask.ts';
import { createCamera } from './camera.ts';
import type { Size } from './coords.ts';
import { createCursorRing } from './cursor-ring.ts';
import { attachGestures } from './gestures.ts';
import { createMaskRenderer } from './mask-renderer.ts';

/**
 * The mask editor's canvas: plain TypeScript around Konva, created and destroyed by one React
 * effect. It is write-only: the mask document and view settings flow from the stores into
 * Konva; the only thing it sends back is a finished operation per stroke.
 */
export type MaskEngine = {
  fit: () => void;
  actualSize: () => void;
  zoomStep: (direction: 1 | -1) => void;
  setPanKey: (down: boolean) => void;
  destroy: () => void;
};

export type MaskEngineOptions = {
  container: HTMLDivElement;
  /** Same-origin image URL and its natural size. */
  source: { url: string } & Size;
  onZoomChange: (scale: number) => void;
  onImageError: () => void;
};

export function createMaskEngine({
  container,
  source,
  onZoomChange,
  onImageError,
}: MaskEngineOptions): MaskEngine {
  const image: Size = { width: source.width, height: source.height };
  const stage = new Konva.Stage({ container, width: container.clientWidth, height: container.clientHeight });
  // Three layers, each a full canvas: the photo, the mask tint, the tool outlines.
  const imageLayer = new Konva.Layer({ listening: false });
  const maskLayer = new Konva.Layer({ listening: false });
  const toolLayer = new Konva.Layer({ listening: false });
  stage.add(imageLayer, maskLayer, toolLayer);

  const view = useMaskViewStore.getState();
  const renderer = createMaskRenderer(maskLayer, image, view.overlayColor);
  renderer.setOpacity(view.overlayOpacity);
  renderer.show(useMaskStore.getState().ops);
  const ring = createCursorRing(toolLayer, view.brushSize);
  const camera = createCamera(stage, image, onZoomChange);
  const gestures = attachGestures({ stage, container, camera, renderer, ring, toolLayer });

  const photo = new window.Image();
  photo.onload = () => {
    imageLayer.add(new Konva.Image({ image: photo, ...image, listening: false }));
    imageLayer.batchDraw();
  };
  photo.onerror = onImageError;
  photo.src = source.url;

  const stopDocument = useMaskStore.subscribe((state, previous) => {
    if (state.ops !== previous.ops) renderer.show(state.ops);
  });
  const stopView = useMaskViewStore.subscribe((state, previous) => {
    if (state.overlayColor !== previous.overlayColor) renderer.setColor(state.overlayColor);
    if (state.overlayOpacity !== previous.overlayOpacity) renderer.setOpacity(state.overlayOpacity);
    if (state.brushSize !== previous.brushSize) ring.setDiameter(state.brushSize);
    if (state.tool !== previous.tool) {
      gestures.finish();
      gestures.refreshCursor();
    }
  });

  const resizeObserver = new ResizeObserver(() => {
    if (container.clientWidth > 0 && container.clientHeight > 0) {
      camera.resize({ width: container.clientWidth, height: container.clientHeight });
    }
  });
  resizeObserver.observe(container);

  return {
    fit: camera.fit,
    actualSize: camera.actualSize,
    zoomStep: camera.zoomStep,
    setPanKey: gestures.setPanKey,
    destroy() {
      gestures.destroy();
      stopDocument();
      stopView();
      resizeObserver.disconnect();
      photo.onload = null;
      photo.onerror = null;
      renderer.destroy();
      stage.destroy();
    },
  };
}
