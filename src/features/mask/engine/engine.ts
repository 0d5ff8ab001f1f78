import type Konva from 'konva';
import type { SourceRef } from '../tasks.ts';
import { useMaskStore, useMaskViewStore } from '../store.ts';
import { runMaskTask } from '../worker-client.ts';
import { createCamera } from './camera.ts';
import type { Point, Size } from './coords.ts';
import { createCursorRing } from './cursor-ring.ts';
import { attachGestures } from './gestures.ts';
import { createMaskRenderer } from './mask-renderer.ts';

/**
 * The imperative half of the mask editor. React (react-konva) owns the stage tree; this
 * drives the nodes it is handed: the camera, the hot path (live tools, cursor ring) and the
 * cached drawing of the document. It is write-only: the mask document and view settings flow
 * from the stores into Konva; the only thing it sends back is one finished operation per gesture.
 */
export type MaskEngine = {
  fit: () => void;
  actualSize: () => void;
  zoomStep: (direction: 1 | -1) => void;
  resize: (viewport: Size) => void;
  setPanKey: (down: boolean) => void;
  /** The polygon keys; each answers whether it had something to act on. */
  confirm: () => boolean;
  cancel: () => boolean;
  undoPoint: () => boolean;
  destroy: () => void;
};

export type MaskEngineParts = {
  stage: Konva.Stage;
  /** The element that takes pointer input (the stage's focusable wrapper). */
  container: HTMLElement;
  maskLayer: Konva.Layer;
  /** The group the finished document is drawn into, cached as one bitmap. */
  overlay: Konva.Group;
  toolLayer: Konva.Layer;
  /** The brush ring: an element over the stage, moved without repainting a canvas. */
  ringElement: HTMLElement;
  source: SourceRef & Size;
  onZoomChange: (scale: number) => void;
  onProblem: (message: string) => void;
  /** False where the canvas only shows the document: drags pan, nothing paints. */
  paint: boolean;
};

export function createMaskEngine(parts: MaskEngineParts): MaskEngine {
  const {
    stage,
    container,
    maskLayer,
    overlay,
    toolLayer,
    ringElement,
    source,
    onZoomChange,
    onProblem,
    paint,
  } = parts;
  const image: Size = { width: source.width, height: source.height };
  const view = useMaskViewStore.getState();
  const renderer = createMaskRenderer(maskLayer, overlay, image, view.overlayColor);
  renderer.setOpacity(view.overlayOpacity);
  renderer.show(useMaskStore.getState().ops);
  const ring = createCursorRing(ringElement, stage, view.brushSize);
  const camera = createCamera(stage, image, onZoomChange);

  const onWand = (point: Point, subtract: boolean) => {
    if (point.x < 0 || point.y < 0 || point.x >= image.width || point.y >= image.height) return;
    const { tolerance, contiguous } = useMaskViewStore.getState();
    container.setAttribute('aria-busy', 'true');
    runMaskTask('wand', source, { ...point, tolerance, contiguous }, subtract ? 'subtract' : 'add')
      .then((op) => useMaskStore.getState().commit(op))
      .catch((error: unknown) => onProblem(`The magic wand could not read the image: ${String(error)}`))
      .finally(() => container.removeAttribute('aria-busy'));
  };
  const gestures = attachGestures({
    stage,
    container,
    image,
    camera,
    renderer,
    ring,
    toolLayer,
    onWand,
    paint,
  });

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

  return {
    fit: camera.fit,
    actualSize: camera.actualSize,
    zoomStep: camera.zoomStep,
    resize: camera.resize,
    setPanKey: gestures.setPanKey,
    confirm: gestures.confirm,
    cancel: gestures.cancel,
    undoPoint: gestures.undoPoint,
    destroy() {
      gestures.destroy();
      stopDocument();
      stopView();
      renderer.destroy();
      ring.destroy();
    },
  };
}
