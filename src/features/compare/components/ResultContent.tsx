import type { InpaintPane } from '../worker-protocol.ts';
import { PixelCanvas } from './PixelCanvas.tsx';
import type { CompareImage } from './types.ts';

type ResultContentProps = {
  image: CompareImage;
  /** Present for inpaint results once their pixels are read. */
  analysis?: InpaintPane | null;
  showHeatmap: boolean;
};

/** A result as it would be saved (its composite while "preserve outside mask" is on), with the heatmap over it. */
export function ResultContent({ image, analysis, showHeatmap }: ResultContentProps) {
  return (
    <>
      {analysis?.composite ? (
        <PixelCanvas bitmap={analysis.composite} label={`${image.label}, preserved outside the mask`} />
      ) : (
        <img className="compare-image" src={image.url} alt={image.label} draggable={false} decoding="async" />
      )}
      {showHeatmap && analysis && <PixelCanvas bitmap={analysis.heatmap} className="compare-heatmap" />}
    </>
  );
}
