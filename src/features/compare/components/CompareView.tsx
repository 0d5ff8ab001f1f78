import { useEffect } from 'react';
import { useDifference } from '../hooks/use-difference.ts';
import { useElementSize } from '../hooks/use-element-size.ts';
import { useInpaintAnalysis } from '../hooks/use-inpaint-analysis.ts';
import { usePanZoom } from '../hooks/use-pan-zoom.ts';
import { useCompareStore } from '../store.ts';
import { centredAt, fitView, zoomAt } from '../view.ts';
import { forgetComparePixels } from '../worker-client.ts';
import { CompareToolbar, RangeField } from './CompareToolbar.tsx';
import { DifferenceView } from './DifferenceView.tsx';
import { InpaintControls } from './InpaintControls.tsx';
import { SideBySideView } from './SideBySideView.tsx';
import { SliderView } from './SliderView.tsx';
import type { Camera, CompareImage, CompareSource, PaneCallbacks } from './types.ts';
import '../compare.css';

export type CompareViewProps = {
  /** Two to four results, from one job or from the history. */
  images: readonly CompareImage[];
  /** The image the job edited; the slider and the difference compare against it. */
  source?: CompareSource;
  /** Inpaint mask coverage at the source's size (rasterizeMask); turns on the mask readouts. */
  maskCoverage?: Uint8ClampedArray;
  onClose: () => void;
  onToggleStar?: (id: string) => void;
  onMarkWinner?: (id: string) => void;
  onPreserveChange?: (on: boolean) => void;
};

/**
 * The compare board: the chosen results side by side, against the source with a slider, or
 * as differences, all panes sharing one zoom and pan.
 */
export function CompareView({
  images,
  source,
  maskCoverage,
  onClose,
  onPreserveChange,
  ...callbacks
}: CompareViewProps) {
  useEffect(() => forgetComparePixels, []);
  const mode = useCompareStore((s) => s.mode);
  const setMode = useCompareStore((s) => s.setMode);
  const storedView = useCompareStore((s) => s.view);
  const setView = useCompareStore((s) => s.setView);
  const threshold = useCompareStore((s) => s.diffThreshold);
  const setThreshold = useCompareStore((s) => s.setDiffThreshold);
  const showHeatmap = useCompareStore((s) => s.showHeatmap);
  const preserve = useCompareStore((s) => s.preserveOutsideMask);
  const featherRadius = useCompareStore((s) => s.featherRadius);
  const sliderPosition = useCompareStore((s) => s.sliderPosition);
  const setSliderPosition = useCompareStore((s) => s.setSliderPosition);
  const sliderTargetId = useCompareStore((s) => s.sliderTargetId);
  const setSliderTarget = useCompareStore((s) => s.setSliderTarget);

  const [first] = images;
  const reference = {
    width: source?.width ?? first?.width ?? 0,
    height: source?.height ?? first?.height ?? 0,
  };
  const maskFits = !!source && !!maskCoverage && maskCoverage.length === source.width * source.height;
  const inpaint = maskFits;

  const [measureRef, paneSize] = useElementSize();
  const fitted = fitView(paneSize, reference);
  const view = storedView ?? fitted;
  const { stageRef, viewportHandlers } = usePanZoom(fitted);
  const camera: Camera = { view, reference, viewportHandlers, measureRef };

  // The compare worker decodes and compares; the page only draws what it sends back.
  const referenceUrl = source?.url ?? first?.url ?? '';
  const targets = source ? images : images.slice(1);
  const inpaintAnalysis = useInpaintAnalysis({
    sourceUrl: inpaint ? referenceUrl : null,
    resultUrls: images.map((image) => image.url),
    maskCoverage,
    threshold,
    preserve,
    featherRadius,
  });
  const difference = useDifference({
    referenceUrl: mode === 'difference' ? referenceUrl : null,
    targetUrls: targets.map((image) => image.url),
    size: reference,
    referenceIsSource: !!source,
    threshold,
  });
  const analyses = inpaintAnalysis.panes;
  const pixelError = (mode === 'difference' ? difference.error : null) ?? inpaintAnalysis.error;

  if (!first) return null;
  const paneCallbacks: PaneCallbacks = callbacks;
  const referenceLabel = source ? 'Source' : first.label;
  const after = targets.find((image) => image.id === sliderTargetId) ?? targets[0] ?? first;
  const afterIndex = images.indexOf(after);
  const paneCentre = { x: paneSize.width / 2, y: paneSize.height / 2 };

  return (
    <section
      className="compare"
      aria-label="Compare results"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <CompareToolbar
        mode={mode}
        onModeChange={setMode}
        view={view}
        onZoomBy={(factor) => setView(zoomAt(view, paneCentre, factor))}
        onFit={() => setView(null)}
        onActualSize={() => setView(centredAt(paneSize, reference, 1))}
        onClose={onClose}
      >
        {(mode === 'difference' || inpaint) && (
          <RangeField
            label="Threshold"
            value={threshold}
            min={0}
            max={128}
            unit=""
            onChange={setThreshold}
            hint="How much a pixel must differ (0–255 per channel) to count as changed"
          />
        )}
        {inpaint && <InpaintControls onPreserveChange={onPreserveChange} />}
      </CompareToolbar>
      {source && maskCoverage && !maskFits && (
        <p className="compare-message" role="alert">
          The mask does not match the source's size, so changes outside it cannot be measured.
        </p>
      )}
      {pixelError && (
        <p className="compare-message" role="alert">
          The images could not be read for comparison: {pixelError}
        </p>
      )}
      <div className="compare-stage" ref={stageRef}>
        {mode === 'side-by-side' && (
          <SideBySideView
            images={images}
            camera={camera}
            callbacks={paneCallbacks}
            analyses={analyses}
            inpaint={inpaint}
            showHeatmap={showHeatmap}
          />
        )}
        {mode === 'slider' && (
          <SliderView
            before={{ url: referenceUrl, label: referenceLabel }}
            candidates={targets}
            after={after}
            onChooseAfter={setSliderTarget}
            position={sliderPosition}
            onPositionChange={setSliderPosition}
            camera={camera}
            callbacks={paneCallbacks}
            analysis={analyses?.[afterIndex]}
            inpaint={inpaint}
            showHeatmap={showHeatmap}
          />
        )}
        {mode === 'difference' && (
          <DifferenceView
            targets={targets}
            panes={difference.panes}
            referenceLabel={referenceLabel}
            camera={camera}
            callbacks={paneCallbacks}
          />
        )}
      </div>
    </section>
  );
}
