import type Konva from 'konva';
import { touchesImage, type MaskOp } from '../ops.ts';
import { useMaskStore, useMaskViewStore } from '../store.ts';
import type { Camera } from './camera.ts';
import { wheelZoomFactor, type Point, type Size } from './coords.ts';
import { setPolygonOpen } from '../polygon-state.ts';
import type { CursorRing } from './cursor-ring.ts';
import { startLiveOutline, type LiveOutline } from './live-outline.ts';
import { startLiveRect, type LiveRect } from './live-rect.ts';
import { startLiveStroke, type LiveStroke, type Sample } from './live-stroke.ts';
import type { MaskRenderer } from './mask-renderer.ts';
import { TOOL_CURSORS } from './tool-cursors.ts';

/**
 * Pointer, wheel and tool keys on the stage container. A drag starts on the stage and is then
 * followed on `window`, so a stroke dragged off the canvas still ends (and commits) on
 * release. Pointer moves only record; drawing happens once per animation frame.
 */
export type Gestures = {
  /** Space held: the primary button pans instead of painting. */
  setPanKey: (down: boolean) => void;
  /** Commits a stroke, rectangle or lasso in progress (the tool changed, the window lost focus). */
  finish: () => void;
  /** Enter: closes the polygon being drawn. False when there is none (the key is not ours). */
  confirm: () => boolean;
  /** Esc: drops the polygon being drawn, or the drag in progress, without an undo step. */
  cancel: () => boolean;
  /** Backspace: removes the polygon's last point. */
  undoPoint: () => boolean;
  /** Cursor and brush ring for the current tool. */
  refreshCursor: () => void;
  destroy: () => void;
};

export type GestureParts = {
  stage: Konva.Stage;
  container: HTMLElement;
  image: Size;
  camera: Camera;
  renderer: MaskRenderer;
  ring: CursorRing;
  toolLayer: Konva.Layer;
  /** The magic wand at an image point; it commits its own operation when the worker answers. */
  onWand: (point: Point, subtract: boolean) => void;
  /** False where the canvas only shows the document (Edit): every drag pans. */
  paint: boolean;
};

type Gesture =
  | { kind: 'pan'; pointerId: number; lastX: number; lastY: number }
  | { kind: 'stroke'; pointerId: number; live: LiveStroke }
  | { kind: 'rect'; pointerId: number; live: LiveRect }
  | { kind: 'lasso'; pointerId: number; live: LiveOutline };

/** The pen's eraser end reports button 5. */
const PEN_ERASER_BUTTON = 5;
/** A polygon closes when clicked within this many screen pixels of its first point. */
const CLOSE_DISTANCE = 8;
/** The lasso keeps a point only this many screen pixels from the last. */
const LASSO_SPACING = 2;

export function attachGestures(parts: GestureParts): Gestures {
  const { stage, container, image, camera, renderer, ring, toolLayer, onWand, paint } = parts;
  let gesture: Gesture | null = null;
  /** The polygon being clicked out: it lives across pointer presses until closed or cancelled. */
  let polygon: LiveOutline | null = null;
  const setPolygon = (next: LiveOutline | null) => {
    polygon = next;
    setPolygonOpen(next !== null);
  };
  let panKey = false;
  let hovering = false;
  let frame = 0;
  let ringAt: Point | null = null;

  /** Image pixel under an event's pointer, through the stage's inverse transform. */
  const imagePoint = (event: PointerEvent | WheelEvent | MouseEvent): Point | null => {
    stage.setPointersPositions(event);
    return stage.getRelativePointerPosition();
  };
  const sampleOf = (event: PointerEvent): Sample | null => {
    const point = imagePoint(event);
    if (!point) return null;
    return event.pointerType === 'pen' ? { ...point, pressure: event.pressure } : point;
  };

  /** Draws what moved since the last frame, once per animation frame however many events came. */
  const render = () => {
    frame = 0;
    if (ringAt) ring.moveTo(ringAt);
    ringAt = null;
    if (gesture?.kind === 'stroke' || gesture?.kind === 'lasso') gesture.live.render();
    else if (polygon) polygon.render();
  };
  const requestRender = () => {
    if (frame === 0) frame = requestAnimationFrame(render);
  };

  const refreshCursor = () => {
    const tool = useMaskViewStore.getState().tool;
    const panning = gesture?.kind === 'pan';
    const brushLike = paint && (tool === 'brush' || tool === 'eraser');
    container.style.cursor = panning ? 'grabbing' : panKey || !paint ? 'grab' : TOOL_CURSORS[tool];
    ring.setVisible(brushLike && !panKey && !panning && (hovering || gesture?.kind === 'stroke'));
  };

  const commit = (op: MaskOp | null) => {
    // A click or drag wholly off the image changes nothing: no empty undo step.
    if (op && touchesImage(op, image.width, image.height)) useMaskStore.getState().commit(op);
  };

  const closePolygon = () => {
    const live = polygon;
    if (!live) return;
    setPolygon(null);
    live.removeLast(); // the rubber band point under the pointer
    commit(live.finish());
    live.dispose();
  };

  const clickPolygon = (event: PointerEvent, point: Point) => {
    const view = useMaskViewStore.getState();
    if (!polygon) {
      const started = startLiveOutline(renderer, toolLayer, point, event.altKey, view.overlayColor);
      setPolygon(started);
      started.add(point);
    } else {
      const first = polygon.first();
      const nearFirst =
        polygon.count() > 3 &&
        Math.hypot(first.x - point.x, first.y - point.y) * stage.scaleX() <= CLOSE_DISTANCE;
      if (nearFirst || event.detail >= 2) return closePolygon();
      polygon.setErase(event.altKey);
      polygon.moveLast(point);
      polygon.add(point);
    }
    requestRender();
  };

  const startTool = (event: PointerEvent): Gesture | null => {
    const view = useMaskViewStore.getState();
    const sample = sampleOf(event);
    if (!sample) return null;
    const point = { x: sample.x, y: sample.y };
    switch (view.tool) {
      case 'wand':
        onWand(point, event.altKey);
        return null;
      case 'polygon':
        clickPolygon(event, point);
        return null;
      case 'rect': {
        const live = startLiveRect(renderer, toolLayer, point, event.altKey, view.overlayColor);
        return { kind: 'rect', pointerId: event.pointerId, live };
      }
      case 'lasso': {
        const live = startLiveOutline(renderer, toolLayer, point, event.altKey, view.overlayColor);
        return { kind: 'lasso', pointerId: event.pointerId, live };
      }
      case 'brush':
      case 'eraser': {
        const erase = view.tool === 'eraser' || event.button === PEN_ERASER_BUTTON;
        const style = { size: view.brushSize, softness: view.softness, color: view.overlayColor };
        const live = startLiveStroke(renderer, erase ? 'erase' : 'brush', style, sample);
        requestRender();
        return { kind: 'stroke', pointerId: event.pointerId, live };
      }
    }
  };

  const stopFollowing = () => {
    window.removeEventListener('pointermove', onWindowMove);
    window.removeEventListener('pointerup', onWindowUp);
    window.removeEventListener('pointercancel', onWindowUp);
  };

  const finish = () => {
    closePolygon();
    const ended = gesture;
    if (!ended) return;
    gesture = null;
    stopFollowing();
    if (ended.kind !== 'pan') {
      // In the document first, so the finished mask is drawn before the live node goes.
      commit(ended.live.finish());
      ended.live.dispose();
    }
    refreshCursor();
  };

  const cancel = () => {
    const ended = gesture;
    if (!polygon && !ended) return false;
    polygon?.dispose();
    setPolygon(null);
    gesture = null;
    stopFollowing();
    if (ended && ended.kind !== 'pan') ended.live.dispose();
    refreshCursor();
    return true;
  };

  const onPointerDown = (event: PointerEvent) => {
    if (gesture || !event.isPrimary) return;
    const pan = event.button === 1 || (event.button === 0 && (panKey || !paint));
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
      if (!sample) continue;
      if (gesture.kind === 'stroke') gesture.live.add(sample);
      else addLassoPoint(gesture.live, sample, event.altKey);
    }
    if (sample && gesture.kind === 'stroke') ringAt = sample;
    requestRender();
  };

  const addLassoPoint = (live: LiveOutline, point: Point, erase: boolean) => {
    live.setErase(erase);
    const last = live.last();
    if (Math.hypot(point.x - last.x, point.y - last.y) * stage.scaleX() < LASSO_SPACING) return;
    live.add(point);
  };

  const onWindowUp = (event: PointerEvent) => {
    if (gesture && event.pointerId === gesture.pointerId) finish();
  };

  const onHover = (event: PointerEvent) => {
    if (!hovering) {
      hovering = true;
      refreshCursor();
    }
    if (!gesture) {
      const point = imagePoint(event);
      if (point) ringAt = point;
      if (point && polygon) {
        polygon.setErase(event.altKey);
        polygon.moveLast(point);
      }
      requestRender();
    }
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
    camera.zoomAt(anchor, wheelZoomFactor(event.deltaY, event.deltaMode));
    const point = imagePoint(event);
    if (point) ring.moveTo(point);
  };

  // Pointer events do not count clicks everywhere (their detail may stay 0): the double-click closes too.
  const onDoubleClick = () => {
    if (polygon) closePolygon();
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
  container.addEventListener('dblclick', onDoubleClick);
  window.addEventListener('blur', finish);
  refreshCursor();

  return {
    setPanKey(down) {
      if (panKey === down) return;
      panKey = down;
      refreshCursor();
    },
    finish,
    confirm() {
      if (!polygon) return false;
      closePolygon();
      return true;
    },
    cancel,
    undoPoint() {
      if (!polygon) return false;
      // Its points are the clicked ones plus the rubber band point under the pointer.
      if (polygon.count() <= 2) return cancel();
      const rubber = polygon.last();
      polygon.removeLast();
      polygon.moveLast(rubber);
      requestRender();
      return true;
    },
    refreshCursor,
    destroy() {
      cancelAnimationFrame(frame);
      finish();
      container.removeEventListener('pointerdown', onPointerDown);
      container.removeEventListener('pointermove', onHover);
      container.removeEventListener('pointerleave', onLeave);
      container.removeEventListener('wheel', onWheel);
      container.removeEventListener('mousedown', onMouseDown);
      container.removeEventListener('dblclick', onDoubleClick);
      window.removeEventListener('blur', finish);
    },
  };
}
