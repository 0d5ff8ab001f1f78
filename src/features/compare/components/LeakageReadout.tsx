import { formatPercent } from '../format.ts';
import type { InpaintPane } from '../worker-protocol.ts';

/** "Changes outside mask 2.4 %": how much of what the mask protects the model changed anyway. */
export function LeakageReadout({ analysis }: { analysis: InpaintPane | null | undefined }) {
  if (!analysis) {
    return <span className="compare-readout is-pending">Changes outside mask …</span>;
  }
  const { changedOutsideFraction, changedCount, protectedCount } = analysis.leakage;
  const tone = changedCount === 0 ? 'is-clean' : 'is-leaky';
  return (
    <span
      className={`compare-readout ${tone}`}
      title={`${changedCount.toLocaleString()} of ${protectedCount.toLocaleString()} protected pixels changed`}
    >
      Changes outside mask {formatPercent(changedOutsideFraction)}
      {analysis.composite && <span className="compare-readout-note"> · kept as source</span>}
    </span>
  );
}
