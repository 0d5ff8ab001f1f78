import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { MaskEngine } from './engine/engine.ts';
import type { Placement } from './extend.ts';
import { ExtendPanel } from './ExtendPanel.tsx';
import './mask-editor.css';
import { MaskActionNotice, MaskActionsMenu } from './MaskActions.tsx';
import { MaskOptions } from './MaskOptions.tsx';
import { MaskRail } from './MaskRail.tsx';
import { MaskStage } from './MaskStage.tsx';
import { MaskStatus } from './MaskStatus.tsx';
import { useMaskStore, useMaskTool } from './store.ts';
import { useExtendCanvas } from './use-extend-canvas.ts';
import { useMaskActions } from './use-mask-actions.ts';
import { useMaskCoverage } from './use-mask-coverage.ts';
import { useMaskShortcuts } from './use-mask-shortcuts.ts';
import type { PixelSize } from '../../catalog/index.ts';

export type MaskEditorProps = {
  /** A same-origin URL (object URL or /api/image?url=…) and the image's natural size. */
  source: { url: string; width: number; height: number };
  /** Identifies the source (its document's base image): the mask draft is kept per key across reloads. */
  sourceKey: string;
  /** The document's Konva images, drawn under the mask. */
  picture: ReactNode;
  /** False in Edit: the canvas shows the document to pan and zoom, with no mask and no mask tools. */
  paint: boolean;
};

/**
 * Paint or select the area the model may change over the source image; the mask is kept in the
 * mask store. The canvas takes the room: the tools are a rail beside it, the current tool's
 * options one row over it, the rarer actions a menu. In Edit only the canvas and its zoom remain.
 */
export function MaskEditor({ source, sourceKey, picture, paint }: MaskEditorProps) {
  const { url, width, height } = source;
  const hintId = useId();
  const engineRef = useRef<MaskEngine | null>(null);
  const [zoom, setZoom] = useState(1);
  // Kept with the image it is about, so opening another source clears it.
  const [problem, setProblem] = useState<{ url: string; message: string } | null>(null);
  const [extending, setExtending] = useState(false);
  const reset = useMaskStore((s) => s.reset);
  const tool = useMaskTool();
  const extendCanvas = useExtendCanvas();
  const stageSource = useMemo(
    () => ({ url, key: sourceKey, width, height }),
    [url, sourceKey, width, height],
  );
  const actions = useMaskActions(stageSource);

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
    <section
      className="mask-editor"
      aria-label={paint ? 'Mask editor' : 'Document canvas'}
      data-view-only={paint ? undefined : true}
    >
      {paint && (
        <MaskRail>
          <MaskActionsMenu actions={actions} onExtend={() => setExtending(true)} />
        </MaskRail>
      )}
      <div className="mask-editor__main">
        <MaskOptions
          tool={paint ? tool : null}
          zoom={zoom}
          onFit={() => engineRef.current?.fit()}
          onActualSize={() => engineRef.current?.actualSize()}
          onZoomStep={(direction) => engineRef.current?.zoomStep(direction)}
        />
        {extending && (
          <ExtendPanel
            source={{ width, height }}
            onApply={applyExtension}
            onClose={() => setExtending(false)}
          />
        )}
        <MaskActionNotice actions={actions} width={width} height={height} />
        {problem?.url === url && (
          <p className="mask-editor__error" role="alert">
            {problem.message}
          </p>
        )}
        <div className="mask-editor__canvas">
          <MaskStage
            source={stageSource}
            engineRef={engineRef}
            onZoomChange={setZoom}
            onProblem={onProblem}
            picture={picture}
            paint={paint}
            {...(paint ? { describedBy: hintId } : {})}
          />
          {paint && <MaskStatus coverage={coverage} hintId={hintId} />}
        </div>
      </div>
    </section>
  );
}
