import type Konva from 'konva';
import { useMaskStore, useMaskViewStore } from '../../../stores/mask.ts';
import type { Camera } from './camera.ts';
import { wheelZoomFactor, type Point } from './coords.ts';
import type { CursorRing } from './cursor-ring.ts';
import { startLiveRect, type LiveRect } from './live-rect.ts';
import { startLiveStroke, type LiveStroke, type Sample } from './live-stroke.ts';
import type { MaskRenderer } from './mask-renderer.ts';

/**
 * Pointer and wheel input on the stage container. A gesture starts on the stage and is then
 * followed on `window`, so a stroke dragged off the canvas still ends (and commits) on release.
 */
export type Gestures = {
  /** Space held: the primary button pans instead of painting. */
  setPanKey: (down: boolean) => void;
  /** Commits a stroke or rectangle in progress (the tool changed, the window lost focus). */
  finish: () => void;
  /** Cursor and brush ring for the current tool. */
  refreshCursor: () => void;
  destroy: () => void;
};

export type GestureParts = {
  stage: Konva.Stage;
  container: HTMLElement;
  camera: Camera;
  renderer: MaskRenderer;
  ring: CursorRing;
  toolLayer: Konva.Layer;
};

type Gesture =
  | { kind: 'pan'; pointerId: number; lastX: number; lastY: number }
  | { kind: 'stroke'; pointerId: number; live: LiveStroke }
  | { kind: 'rect'; pointerId: number; live: LiveRect };

/** The pen's eraser end reports button 5. */
const PEN_ERASER_BUTTON = 5;

export function attachGestures({
  stage,
  container,
  camera,
  renderer,
  ring,
  toolLayer,
}: GestureParts): Gestures {
  let gesture: Gesture | null = null;
  let panKey = false;
  let hovering = false;

  /** Image pixel under an event's pointer, through the stage's inverse transform. */
  const imagePoint = (event: PointerEvent | WheelEvent): Point | null => {
    stage.setPointersPositions(event);
    return stage.getRelativePointerPosition();
  };
  const sampleOf = (event: PointerEvent): Sample | null => {
    const point = imagePoint(event);
    if (!point) return null;
    return event.pointerType === 'pen' ? { ...point, pressure: event.pressure } : point;
  };

  const refreshCursor = () => {
    const tool = useMaskViewStore.getState().tool;
    const panning = gesture?.kind === 'pan';
    container.style.cursor = panning ? 'grabbing' : panKey ? 'grab' : tool === 'rect' ? 'crosshair' : 'none';
    ring.setVisible(tool !== 'rect' && !panKey && !panning && (hovering || gesture?.kind === 'stroke'));
  };

  const startTool = (event: PointerEvent): Gesture | null => {
    const view = useMaskViewStore.getState();
    const sample = sampleOf(event);
    if (!sample) return null;
    if (view.tool === 'rect') {
      const live = startLiveRect(renderer, toolLayer, sample, event.altKey, view.overlayColor);
      return { kind: 'rect', pointerId: event.pointerId, live };
    }
    const erase = view.tool === 'eraser' || event.button === PEN_ERASER_BUTTON;
    const style = { size: view.brushSize, softness: view.softness, color: view.overlayColor };
    const live = startLiveStroke(renderer, erase ? 'erase' : 'brush', style, sample);
    return { kind: 'stroke', pointerId: event.pointerId, live };
  };

  const finish = () => {
    const ended = gesture;
    if (!ended) return;
    gesture = null;
    window.removeEventListener('pointermove', onWindowMove);
    window.removeEventListener('pointerup', onWindowUp);
    window.removeEventListener('pointercancel', onWindowUp);
    if (ended.kind !== 'pan') {
      const op = ended.live.finish();
      // In the document first, so the finished mask is drawn before the live node goes.
      if (op) useMaskStore.getState().commit(op);
      ended.live.dispose();
    }
    refreshCursor();
  };

  const onPointerDown = (event: PointerEvent) => {
    if (gesture || !event.isPrimary) return;
    const pan = event.button === 1 || (event.button === 0 && panKey);
    if (!pan && event.button !== 0 && event.button !== PEN_ERASER_BUTTON) return;
    event.preventDefault();
    container.focus({ preventScroll: true });
    gesture = pan
      ? { kind: 'pan', pointerId: event.pointerId, lastX: event.clientX, lastY: event.clientY }
      : startTool(event);
    if (!gesture) return;
    window.addEventListener('pointermove', onWindowMove);
    window.addEventListener('pointerup', onWindowUp);
    window.addEventListener('pointercancel', onWindowUp);
    refreshCursor();
  };

  const onWindowMove = (event: PointerEvent) => {
    if (!gesture || event.pointerId !== gesture.pointerId) return;
    if (gesture.kind === 'pan') {
      camera.panBy(event.clientX - gesture.lastX, event.clientY - gesture.lastY);
      gesture.lastX = event.clientX;
      gesture.lastY = event.clientY;
      return;
    }
    if (gesture.kind === 'rect') {
      const point = imagePoint(event);
      if (point) gesture.live.update(point, event.altKey);
      return;
    }
    // Coalesced events carry the moves the browser merged into this one: smoother lines.
    const coalesced = event.getCoalescedEvents?.() ?? [];
    let sample: Sample | null = null;
    for (const move of coalesced.length > 0 ? coalesced : [event]) {
      sample = sampleOf(move);
      if (sample) gesture.live.add(sample);
    }
    if (sample) ring.moveTo(sample);
  };

  const onWindowUp = (event: PointerEvent) => {
    if (gesture && event.pointerId === gesture.pointerId) finish();
  };

  const onHover = (event: PointerEvent) => {
    hovering = true;
    if (!gesture) {
      const point = imagePoint(event);
      if (point) ring.moveTo(point);
    }
    refreshCursor();
  };
  const onLeave = () => {
    hovering = false;
    refreshCursor();
  };

  const onWheel = (event: WheelEvent) => {
    event.preventDefault();
    stage.setPointersPositions(event);
    const anchor = stage.getPointerPosition();
    if (!anchor) return;
    camera.zoomAt(anchor, wheelZoomFactor(event.deltaY, event.deltaMode, event.ctrlKey));
    const point = imagePoint(event);
    if (point) ring.moveTo(point);
  };

  // Stops the browser's middle-button autoscroll.
  const onMouseDown = (event: MouseEvent) => {
    if (event.button === 1) event.preventDefault();
  };

  container.addEventListener('pointerdown', onPointerDown);
  container.addEventListener('pointermove', onHover);
  container.addEventListener('pointerleave', onLeave);
  container.addEventListener('wheel', onWheel, { passive: false });
  container.addEventListener('mousedown', onMouseDown);
  window.addEventListener('blur', finish);
  refreshCursor();

  return {
    setPanKey(down) {
      if (panKey === down) return;
      panKey = down;
      refreshCursor();
    },
    finish,
    refreshCursor,
    destroy() {
      finish();
      container.removeEventListener('pointerdown', onPointerDown);
      container.removeEventListener('pointermove', onHover);
      container.removeEventListener('pointerleave', onLeave);
      container.removeEventListener('wheel', onWheel);
      container.removeEventListener('mousedown', onMouseDown);
      window.removeEventListener('blur', finish);
    },
  };
}
