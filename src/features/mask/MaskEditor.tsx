import { useEffect, useRef, useState } from 'react';
import { useMaskStore } from '../../stores/mask.ts';
import { createMaskEngine, type MaskEngine } from './engine/engine.ts';
import './mask-editor.css';
import { MaskToolbar } from './MaskToolbar.tsx';
import { useMaskCoverage } from './use-mask-coverage.ts';
import { useMaskShortcuts } from './use-mask-shortcuts.ts';

export type MaskEditorProps = {
  /** A same-origin URL (object URL or /api/image?url=…) and the image's natural size. */
  source: { url: string; width: number; height: number };
  /** Identifies the source (e.g. its content hash): the mask draft is kept per key across reloads. */
  sourceKey: string;
};

/** Paint the area the model may change over the source image; the mask is kept in the mask store. */
export function MaskEditor({ source, sourceKey }: MaskEditorProps) {
  const { url, width, height } = source;
  const stageRef = useRef<HTMLDivElement>(null);
  const engineRef = useRef<MaskEngine | null>(null);
  const [zoom, setZoom] = useState(1);
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  const reset = useMaskStore((s) => s.reset);

  useEffect(() => reset(sourceKey), [reset, sourceKey]);

  useEffect(() => {
    const container = stageRef.current;
    if (!container) return;
    const engine = createMaskEngine({
      container,
      source: { url, width, height },
      onZoomChange: setZoom,
      onImageError: () => setFailedUrl(url),
    });
    engineRef.current = engine;
    return () => {
      engineRef.current = null;
      engine.destroy();
    };
  }, [url, width, height]);

  useMaskShortcuts(engineRef);
  const coverage = useMaskCoverage(width, height);

  return (
    <section className="mask-editor" aria-label="Mask editor">
      <MaskToolbar
        zoom={zoom}
        coverage={coverage}
        onFit={() => engineRef.current?.fit()}
        onActualSize={() => engineRef.current?.actualSize()}
        onZoomStep={(direction) => engineRef.current?.zoomStep(direction)}
      />
      <div
        ref={stageRef}
        className="mask-editor__stage"
        data-testid="mask-stage"
        aria-label={`Mask canvas, ${width}×${height}: paint over the area to change`}
        role="application"
        tabIndex={0}
      />
      {failedUrl === url && (
        <p className="mask-editor__error" role="alert">
          The source image could not be loaded. Pick the image again, then paint the mask.
        </p>
      )}
      <p className="mask-editor__hint">
        Paint what should change. Space-drag or middle-drag to pan, wheel to zoom; [ and ] change the brush
        size.
      </p>
    </section>
  );
}
