/** The middle of what past jobs like this one took, or null when there is nothing to learn from. */
export function typicalDurationMs(durations: readonly number[]): number | null {
  if (durations.length === 0) return null;
  const sorted = [...durations].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * "about 20 s left", "almost done" once past the typical time, or null without an estimate.
 * Rounded to 5 s so the figure does not flicker.
 */
export function timeLeftText(elapsedMs: number, typicalMs: number | null): string | null {
  if (typicalMs === null) return null;
  const leftSeconds = Math.ceil((typicalMs - elapsedMs) / 5000) * 5;
  if (leftSeconds <= 0) return 'almost done';
  if (leftSeconds < 60) return `about ${leftSeconds} s left`;
  return `about ${Math.round(leftSeconds / 60)} min left`;
}
