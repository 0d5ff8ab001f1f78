import { useDeferredValue, useMemo } from 'react';
import { useMaskOps } from './store.ts';
import { createCoverageTracker } from './coverage-tracker.ts';

/** The painted fraction (0..1) of the current mask, worked out from the document, not the screen. */
export function useMaskCoverage(width: number, height: number): number {
  const ops = useDeferredValue(useMaskOps());
  const tracker = useMemo(() => createCoverageTracker(width, height), [width, height]);
  return useMemo(() => tracker.fraction(ops), [tracker, ops]);
}
