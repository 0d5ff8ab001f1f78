/** Fully painted coverage. */
export const FULL = 255;

export function isMaskEmpty(coverage: Uint8ClampedArray): boolean {
  for (let i = 0; i < coverage.length; i++) if (coverage[i] !== 0) return false;
  return true;
}

/** The painted fraction of the image, 0..1 (a half-covered pixel counts half). */
export function maskCoverage(coverage: Uint8ClampedArray): number {
  if (coverage.length === 0) return 0;
  let sum = 0;
  for (let i = 0; i < coverage.length; i++) sum += coverage[i] as number;
  return sum / (FULL * coverage.length);
}
