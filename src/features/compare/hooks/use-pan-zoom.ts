import { useEffect, useEffectEvent, useRef, useState, type PointerEvent } from 'react';
import { useCompareStoreApi } from '../store.ts';
import { panBy, wheelZoomFactor, zoomAt, type ViewTransform } from '../view.ts';

/** Marks the element whose box pane coordinates are measured from. */
export const VIEWPORT_ATTRIBUTE = 'data-compare-viewport';

export type ViewportHandlers = {
  onPointerDown: (event: PointerEvent<HTMLElement>) => void;
  onPointerMove: (event: PointerEvent<HTMLElement>) => void;
  onPointerUp: (event: PointerEvent<HTMLElement>) => void;
  onPointerCancel: (event: PointerEvent<HTMLElement>) => void;
  onDoubleClick: () => void;
};

/**
 * Wheel zoom (to the pointer) and drag pan for every pane at once: all panes share one view,
 * so a gesture in any pane moves them all. Handlers read the view from the store at event
 * time, so several wheel events between two renders all count.
 */
export function usePanZoom(fitted: ViewTransform): {
  stageRef: (element: HTMLElement | null) => void;
  viewportHandlers: ViewportHandlers;
} {
  const store = useCompareStoreApi();
  const setView = (view: ViewTransform | null) => store.getState().setView(view);
  const [stage, setStage] = useState<HTMLElement | null>(null);
  const drag = useRef<{ pointerId: number; x: number; y: number } | null>(null);
  const currentView = () => store.getState().view ?? fitted;

  const onWheel = useEffectEvent((event: WheelEvent) => {
    const viewport = event.target instanceof Element ? event.target.closest(`[${VIEWPORT_ATTRIBUTE}]`) : null;
    if (!viewport || event.deltaY === 0) return;
    event.preventDefault();
    const box = viewport.getBoundingClientRect();
    const anchor = { x: event.clientX - box.left, y: event.clientY - box.top };
    setView(zoomAt(currentView(), anchor, wheelZoomFactor(event.deltaY, event.deltaMode)));
  });

  useEffect(() => {
    if (!stage) return;
    const listener = (event: WheelEvent) => onWheel(event);
    // Passive listeners cannot stop the page from scrolling while the user zooms.
    stage.addEventListener('wheel', listener, { passive: false });
    return () => stage.removeEventListener('wheel', listener);
  }, [stage]);

  const endDrag = (event: PointerEvent<HTMLElement>) => {
    if (drag.current?.pointerId !== event.pointerId) return;
    drag.current = null;
    event.currentTarget.releasePointerCapture(event.pointerId);
  };

  return {
    stageRef: setStage,
    viewportHandlers: {
      onPointerDown: (event) => {
        if (event.button !== 0) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { pointerId: event.pointerId, x: event.clientX, y: event.clientY };
      },
      onPointerMove: (event) => {
        const start = drag.current;
        if (start?.pointerId !== event.pointerId) return;
        setView(panBy(currentView(), event.clientX - start.x, event.clientY - start.y));
        drag.current = { ...start, x: event.clientX, y: event.clientY };
      },
      onPointerUp: endDrag,
      onPointerCancel: endDrag,
      onDoubleClick: () => setView(null),
    },
  };
}
