import type { DifferencePane } from '../worker-protocol.ts';
import { useCompareWorker } from './use-compare-worker.ts';

type DifferenceInput = {
  /** Null while the board is not in the difference view. */
  referenceUrl: string | null;
  targetUrls: readonly string[];
  size: { width: number; height: number };
  referenceIsSource: boolean;
  threshold: number;
};

/** Each target against the reference, computed in the compare worker; null until it answers. */
export function useDifference({
  referenceUrl,
  targetUrls,
  size,
  referenceIsSource,
  threshold,
}: DifferenceInput): { panes: DifferencePane[] | null; error: string | null } {
  const request =
    referenceUrl && targetUrls.length > 0
      ? { reference: referenceUrl, targets: [...targetUrls], size, referenceIsSource, threshold }
      : null;
  const { value, error } = useCompareWorker('difference', request, {
    images: [referenceUrl, ...targetUrls, `${size.width}x${size.height}`, referenceIsSource].join('\n'),
    settings: String(threshold),
  });
  return { panes: value, error };
}
