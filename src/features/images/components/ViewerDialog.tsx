import './viewer.css';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../../api/client.ts';
import { Dialog } from '../../../ui/Dialog.tsx';
import { useObjectUrl } from '../../../ui/use-object-url.ts';
import { loadImageBlob, loadSourceBlob } from '../load.ts';
import { useImagesStore } from '../store.ts';
import type { ImageSubject } from '../subject.ts';
import { useImageActions } from '../use-image-actions.ts';
import { viewerCommand } from '../viewer-keys.ts';
import { centred, fitView, wheelFactor, zoomAt, type Size, type ZoomView } from '../zoom.ts';

/** The viewer's dialog: zoom, pan, before/after, and the actions on the image shown. */
export function ViewerDialog({
  subject,
  count,
  index,
}: {
  subject: ImageSubject;
  count: number;
  index: number;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const { stepViewer, closeViewer } = useImagesStore.getState();
  const actions = useImageActions();
  const [view, setView] = useState<ZoomView | null>(null);
  const [compare, setCompare] = useState(false);
  const [divider, setDivider] = useState(50);
  const drag = useRef<{ x: number; y: number; view: ZoomView } | null>(null);

  const result = useQuery({
    queryKey: ['viewer', 'result', subject.image.id],
    queryFn: () => loadImageBlob(subject),
    gcTime: 0,
  });
  const source = useQuery({
    queryKey: ['viewer', 'source', subject.image.id],
    queryFn: async () => (await loadSourceBlob(subject)) ?? null,
    enabled: subject.job.source !== undefined,
    gcTime: 0,
  });
  const resultUrl = useObjectUrl(result.data);
  const sourceUrl = useObjectUrl(source.data);
  const [natural, setNatural] = useState<Size | null>(null);
  const label = count > 1 ? `Result ${index + 1} of ${count}` : 'Result';

  const [size, setSize] = useState<Size>({ width: 1, height: 1 });
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const observer = new ResizeObserver(() =>
      setSize({ width: element.clientWidth, height: element.clientHeight }),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const frameSize = () => size;
  const shown = view ?? (natural ? fitView(natural, size) : null);
  const zoomBy = (factor: number, px?: number, py?: number) => {
    if (!shown) return;
    setView(zoomAt(shown, factor, px ?? size.width / 2, py ?? size.height / 2));
  };

  // React's wheel listener is passive: zooming must stop the page from scrolling.
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const box = element.getBoundingClientRect();
      setView((current) => {
        const base = current ?? (natural ? fitView(natural, { width: box.width, height: box.height }) : null);
        return base
          ? zoomAt(
              base,
              wheelFactor(event.deltaY, event.deltaMode),
              event.clientX - box.left,
              event.clientY - box.top,
            )
          : current;
      });
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [natural]);

  const transform = shown ? `translate(${shown.x}px, ${shown.y}px) scale(${shown.scale})` : undefined;
  const percent = shown ? Math.round(shown.scale * 100) : null;

  return (
    <Dialog
      dialogRef={dialog}
      className="lightbox"
      aria-label={label}
      onClose={closeViewer}
      onKeyDown={(event) => {
        if (event.target instanceof HTMLInputElement) return;
        const command = viewerCommand(event.key);
        if (command === 'next' && count > 1) stepViewer(1);
        if (command === 'previous' && count > 1) stepViewer(-1);
        if (command === 'fit') setView(null);
        if (command === 'actual-size' && natural) setView(centred(natural, frameSize(), 1));
        if (command === 'zoom-in') zoomBy(1.25);
        if (command === 'zoom-out') zoomBy(0.8);
      }}
    >
      <div className="lightbox-bar">
        <span>{label}</span>
        {natural && (
          <span className="muted">
            {natural.width}×{natural.height} · {subject.image.format.toUpperCase()}
          </span>
        )}
        <div className="lightbox-tools" role="group" aria-label="Zoom">
          <button
            type="button"
            className="button button-small"
            onClick={() => zoomBy(0.8)}
            aria-label="Zoom out"
          >
            −
          </button>
          <output className="lightbox-zoom" aria-label="Zoom level">
            {percent === null ? '' : `${percent} %`}
          </output>
          <button
            type="button"
            className="button button-small"
            onClick={() => zoomBy(1.25)}
            aria-label="Zoom in"
          >
            +
          </button>
          <button type="button" className="button button-small" onClick={() => setView(null)} title="Fit (0)">
            Fit
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={!natural}
            onClick={() => natural && setView(centred(natural, frameSize(), 1))}
            title="Actual pixels (1)"
          >
            100 %
          </button>
        </div>
        {sourceUrl && (
          <label className="switch-field">
            <input
              type="checkbox"
              role="switch"
              checked={compare}
              onChange={(e) => setCompare(e.target.checked)}
            />
            Before / after
          </label>
        )}
        <button
          type="button"
          className="button button-small"
          onClick={() => void actions.download([subject])}
        >
          Download
        </button>
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            void actions.useAsSource(subject);
            dialog.current?.close();
          }}
        >
          Use as source
        </button>
        <button
          type="button"
          className="button button-small"
          onClick={() => dialog.current?.close()}
          autoFocus
        >
          Close
        </button>
      </div>
      <div
        ref={frame}
        className="lightbox-frame"
        onPointerDown={(event) => {
          if (!shown || event.button !== 0) return;
          event.currentTarget.setPointerCapture(event.pointerId);
          drag.current = { x: event.clientX, y: event.clientY, view: shown };
        }}
        onPointerMove={(event) => {
          const start = drag.current;
          if (!start) return;
          setView({
            ...start.view,
            x: start.view.x + event.clientX - start.x,
            y: start.view.y + event.clientY - start.y,
          });
        }}
        onPointerUp={() => {
          drag.current = null;
        }}
        onDoubleClick={(event) => {
          const box = event.currentTarget.getBoundingClientRect();
          zoomBy(2, event.clientX - box.left, event.clientY - box.top);
        }}
      >
        {result.isError && (
          <p role="alert" className="run-error lightbox-message">
            {errorMessage(result.error)}
          </p>
        )}
        {result.isPending && (
          <p role="status" className="lightbox-message">
            Loading the image…
          </p>
        )}
        {compare && sourceUrl && (
          <img
            className="lightbox-image"
            src={sourceUrl}
            alt="Before: the source image"
            draggable={false}
            style={{ transform, width: natural?.width, height: natural?.height }}
          />
        )}
        {resultUrl && (
          <img
            className="lightbox-image"
            src={resultUrl}
            alt={label}
            draggable={false}
            onLoad={(event) =>
              setNatural({
                width: event.currentTarget.naturalWidth,
                height: event.currentTarget.naturalHeight,
              })
            }
            style={{
              transform,
              visibility: natural ? 'visible' : 'hidden',
              ...(compare ? { clipPath: `inset(0 0 0 ${divider}%)` } : {}),
            }}
          />
        )}
      </div>
      {compare && (
        <label className="lightbox-divider">
          <span className="visually-hidden">Before / after divider</span>
          <input
            type="range"
            min={0}
            max={100}
            value={divider}
            onChange={(e) => setDivider(Number(e.target.value))}
          />
        </label>
      )}
      {count > 1 && (
        <div className="lightbox-steps">
          <button
            type="button"
            className="icon-button"
            aria-label="Previous result"
            onClick={() => stepViewer(-1)}
          >
            ‹
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label="Next result"
            onClick={() => stepViewer(1)}
          >
            ›
          </button>
        </div>
      )}
    </Dialog>
  );
}
