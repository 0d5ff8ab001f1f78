import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { createCoverageTracker } from './coverage-tracker.ts';
import { useMaskOps } from './store.ts';
import { runMaskTask } from './worker-client.ts';

/**
 * The painted fraction (0..1) of the current mask, worked out from the document, not the
 * screen: a stroke added is replayed here, anything heavier in the mask worker, so a grow or
 * an undo on a 4K source never blocks the page. Until the worker answers, the last figure stays.
 */
export function useMaskCoverage(width: number, height: number): number {
  const ops = useDeferredValue(useMaskOps());
  const tracker = useMemo(() => createCoverageTracker(width, height), [width, height]);
  const cheap = useMemo(() => tracker.fraction(ops), [tracker, ops]);
  const [replayed, setReplayed] = useState<{
    ops: typeof ops;
    fraction: number;
    tracker: typeof tracker;
  } | null>(null);

  useEffect(() => {
    if (cheap !== null) return;
    let current = true;
    runMaskTask('rasterize', ops, width, height)
      .then((coverage) => {
        if (current) setReplayed({ ops, fraction: tracker.adopt(ops, coverage), tracker });
      })
      .catch((error: unknown) => console.warn('The masked share could not be worked out.', error));
    return () => {
      current = false;
    };
  }, [cheap, ops, tracker, width, height]);

  if (cheap !== null) return cheap;
  return replayed?.tracker === tracker ? replayed.fraction : 0;
}
