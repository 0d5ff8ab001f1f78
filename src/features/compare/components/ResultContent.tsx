import { useMemo } from 'react';
import { useObjectUrls } from '../../../ui/use-object-urls.ts';
import type { InpaintPane } from '../worker-protocol.ts';
import type { CompareImage } from './types.ts';

type ResultContentProps = {
  image: CompareImage;
  /** Present for inpaint results once the compare worker has measured them. */
  analysis?: InpaintPane | null;
  showHeatmap: boolean;
};

/** A result as it would be saved (its composite while "preserve outside mask" is on), with the heatmap over it. */
export function ResultContent({ image, analysis, showHeatmap }: ResultContentProps) {
  const pictures = useMemo(
    () => analysis && [analysis.heatmap, ...(analysis.composite ? [analysis.composite] : [])],
    [analysis],
  );
  const [heatmapUrl, compositeUrl] = useObjectUrls(pictures ?? undefined) ?? [];
  return (
    <>
      {compositeUrl ? (
        <img
          className="compare-image"
          src={compositeUrl}
          alt={`${image.label}, preserved outside the mask`}
          draggable={false}
          decoding="async"
        />
      ) : (
        <img className="compare-image" src={image.url} alt={image.label} draggable={false} decoding="async" />
      )}
      {showHeatmap && heatmapUrl && (
        <img className="compare-heatmap" src={heatmapUrl} alt="" draggable={false} decoding="async" />
      )}
    </>
  );
}
