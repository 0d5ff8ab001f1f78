import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { MaskEngine } from './engine/engine.ts';
import type { Placement } from './extend.ts';
import { ExtendPanel } from './ExtendPanel.tsx';
import './mask-editor.css';
import { MaskActions } from './MaskActions.tsx';
import { MaskStage } from './MaskStage.tsx';
import { MaskStatus } from './MaskStatus.tsx';
import { MaskToolbar } from './MaskToolbar.tsx';
import { useMaskStore } from './store.ts';
import { useExtendCanvas } from './use-extend-canvas.ts';
import { useMaskCoverage } from './use-mask-coverage.ts';
import { useMaskShortcuts } from './use-mask-shortcuts.ts';
import type { PixelSize } from '../../catalog/index.ts';

export type MaskEditorProps = {
  /** A same-origin URL (object URL or /api/image?url=…) and the image's natural size. */
  source: { url: string; width: number; height: number };
  /** Identifies the source (e.g. its document): the mask draft is kept per key across reloads. */
  sourceKey: string;
  /** The document's Konva images, drawn under the mask. */
  picture: ReactNode;
  /** False in Edit: the canvas shows the document to pan and zoom, with no mask and no mask tools. */
  paint: boolean;
};

/** Paint or select the area the model may change over the source image; the mask is kept in the mask store. */
export function MaskEditor({ source, sourceKey, picture, paint }: MaskEditorProps) {
  const { url, width, height } = source;
  const engineRef = useRef<MaskEngine | null>(null);
  const [zoom, setZoom] = useState(1);
  // Kept with the image it is about, so opening another source clears it.
  const [problem, setProblem] = useState<{ url: string; message: string } | null>(null);
  const [extending, setExtending] = useState(false);
  const reset = useMaskStore((s) => s.reset);
  const extendCanvas = useExtendCanvas();
  const stageSource = useMemo(
    () => ({ url, key: sourceKey, width, height }),
    [url, sourceKey, width, height],
  );

  useEffect(() => reset(sourceKey), [reset, sourceKey]);
  useMaskShortcuts(engineRef, paint);
  const coverage = useMaskCoverage(width, height);
  const onProblem = useCallback((message: string) => setProblem({ url, message }), [url]);

  const applyExtension = async (target: PixelSize, at: Placement) => {
    const done = await extendCanvas(stageSource, target, at);
    if (done) setExtending(false);
    else onProblem('The extended image could not be opened as the source.');
  };

  return (
    <section className="mask-editor" aria-label={paint ? 'Mask editor' : 'Document canvas'}>
      {paint && (
        <MaskToolbar
          zoom={zoom}
          onFit={() => engineRef.current?.fit()}
          onActualSize={() => engineRef.current?.actualSize()}
          onZoomStep={(direction) => engineRef.current?.zoomStep(direction)}
        >
          <MaskActions source={stageSource} onExtend={() => setExtending(true)} />
        </MaskToolbar>
      )}
      {extending && (
        <ExtendPanel
          source={{ width, height }}
          onApply={applyExtension}
          onClose={() => setExtending(false)}
        />
      )}
      <MaskStage
        source={stageSource}
        engineRef={engineRef}
        onZoomChange={setZoom}
        onProblem={onProblem}
        picture={picture}
        paint={paint}
      />
      {problem?.url === url && (
        <p className="mask-editor__error" role="alert">
          {problem.message}
        </p>
      )}
      {paint && <MaskStatus coverage={coverage} />}
    </section>
  );
}
