/** A share as people read it: one decimal, "0.0 %" only when nothing at all, "< 0.1 %" for a trace. */
export function formatPercent(fraction: number): string {
  if (fraction <= 0) return '0.0 %';
  if (fraction < 0.001) return '< 0.1 %';
  if (fraction >= 1) return '100 %';
  return `${(fraction * 100).toFixed(1)} %`;
}
