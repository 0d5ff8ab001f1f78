import type Konva from 'konva';
import { memo, useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Group, Layer, Stage } from 'react-konva';
import { createMaskEngine, type MaskEngine } from './engine/engine.ts';
import type { Size } from './engine/coords.ts';

export type MaskStageProps = {
  source: { url: string; key: string } & Size;
  engineRef: RefObject<MaskEngine | null>;
  onZoomChange: (scale: number) => void;
  onProblem: (message: string) => void;
  /** What the mask is painted over: the document's Konva images, in image pixels at (0, 0). */
  picture: ReactNode;
  /** False where the canvas only shows the document (Edit): no mask, every drag pans. */
  paint: boolean;
  /** The id of the text that says how the tools work. */
  describedBy?: string;
};

/**
 * The canvas: react-konva renders the stage tree (the document, the mask overlay, the tool layer);
 * everything that moves with the pointer is driven imperatively by the engine through refs,
 * so painting re-renders nothing. Three layers, each a full canvas, and the brush ring as an
 * element above them (moving it repaints no canvas). Memoised: every render of
 * the stage is a second React commit (react-konva's own root), so it renders only when its
 * props change.
 */
export const MaskStage = memo(function MaskStage({
  source,
  engineRef,
  onZoomChange,
  onProblem,
  picture,
  paint,
  describedBy,
}: MaskStageProps) {
  const { url, key, width, height } = source;
  const boxRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const maskLayerRef = useRef<Konva.Layer>(null);
  const overlayRef = useRef<Konva.Group>(null);
  const toolLayerRef = useRef<Konva.Layer>(null);
  const ringRef = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState<Size>({ width: 0, height: 0 });

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const measure = () => {
      if (box.clientWidth > 0 && box.clientHeight > 0)
        setViewport({ width: box.clientWidth, height: box.clientHeight });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const stage = stageRef.current;
    const box = boxRef.current;
    const maskLayer = maskLayerRef.current;
    const overlay = overlayRef.current;
    const toolLayer = toolLayerRef.current;
    const ringElement = ringRef.current;
    if (!stage || !box || !maskLayer || !overlay || !toolLayer || !ringElement) return;
    const engine = createMaskEngine({
      stage,
      container: box,
      maskLayer,
      overlay,
      toolLayer,
      ringElement,
      source: { url, key, width, height },
      onZoomChange,
      onProblem,
      paint,
    });
    engineRef.current = engine;
    return () => {
      engineRef.current = null;
      engine.destroy();
    };
  }, [url, key, width, height, engineRef, onZoomChange, onProblem, paint]);

  useEffect(() => {
    if (viewport.width > 0) engineRef.current?.resize(viewport);
  }, [viewport, engineRef, url, width, height]);

  return (
    <div
      ref={boxRef}
      className="mask-editor__stage"
      data-testid="mask-stage"
      aria-label={
        paint
          ? `Mask canvas, ${width}×${height}: paint or select the area to change`
          : `Document canvas, ${width}×${height}: drag to pan, wheel to zoom`
      }
      aria-describedby={describedBy}
      role="application"
      tabIndex={0}
    >
      <Stage ref={stageRef} width={viewport.width} height={viewport.height}>
        <Layer listening={false}>{picture}</Layer>
        <Layer ref={maskLayerRef} listening={false} visible={paint}>
          <Group ref={overlayRef} listening={false} />
        </Layer>
        <Layer ref={toolLayerRef} listening={false} />
      </Stage>
      <div ref={ringRef} className="mask-editor__ring" hidden />
    </div>
  );
});
