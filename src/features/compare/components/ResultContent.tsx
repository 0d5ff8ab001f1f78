import type { InpaintAnalysis } from '../hooks/use-inpaint-analysis.ts';
import { PixelCanvas } from './PixelCanvas.tsx';
import type { CompareImage } from './types.ts';

type ResultContentProps = {
  image: CompareImage;
  /** Present for inpaint results once their pixels are read. */
  analysis?: InpaintAnalysis | null;
  showHeatmap: boolean;
};

/** A result as it would be saved (its composite while "preserve outside mask" is on), with the heatmap over it. */
export function ResultContent({ image, analysis, showHeatmap }: ResultContentProps) {
  return (
    <>
      {analysis?.composite ? (
        <PixelCanvas image={analysis.composite} label={`${image.label}, preserved outside the mask`} />
      ) : (
        <img className="compare-image" src={image.url} alt={image.label} draggable={false} />
      )}
      {showHeatmap && analysis && (
        <PixelCanvas image={analysis.leakage.heatmap} className="compare-heatmap" />
      )}
    </>
  );
}
