import { objectKey } from '../object-key.ts';
import type { InpaintPane } from '../worker-protocol.ts';
import { useCompareWorker } from './use-compare-worker.ts';

type AnalysisInput = {
  /** Null while the board is not comparing an inpaint. */
  sourceUrl: string | null;
  resultUrls: readonly string[];
  maskCoverage: Uint8ClampedArray | undefined;
  threshold: number;
  preserve: boolean;
  featherRadius: number;
};

/**
 * Leakage of each result outside the mask, on the source's grid, and with "preserve outside
 * mask" on, its composite; computed in the compare worker. `panes` is null until it answers.
 */
export function useInpaintAnalysis({
  sourceUrl,
  resultUrls,
  maskCoverage,
  threshold,
  preserve,
  featherRadius,
}: AnalysisInput): { panes: InpaintPane[] | null; error: string | null } {
  const request =
    sourceUrl && maskCoverage && resultUrls.length > 0
      ? {
          source: sourceUrl,
          results: [...resultUrls],
          mask: maskCoverage,
          threshold,
          featherRadius: preserve ? featherRadius : null,
        }
      : null;
  const { value, error } = useCompareWorker('inpaint', request, {
    images: request ? [request.source, ...request.results, objectKey(request.mask)].join('\n') : '',
    settings: `${threshold} ${preserve ? featherRadius : 'off'}`,
  });
  return { panes: value, error };
}
