import { describe, expect, it } from 'vitest';
import { createCoverageTracker } from './coverage-tracker.ts';
import type { MaskOp } from './ops.ts';
import { maskCoverage } from './coverage-stats.ts';
import { rasterizeMask } from './rasterize.ts';

describe('createCoverageTracker', () => {
  const a: MaskOp = { type: 'rect', x: 0, y: 0, width: 10, height: 10, erase: false };
  const b: MaskOp = { type: 'brush', points: [30, 30, 60, 35], size: 12, softness: 0.5 };
  const c: MaskOp = { type: 'erase', points: [5, 5], size: 6, softness: 0 };

  it('agrees with a full replay as operations are added, and asks for one when they are undone or replaced', () => {
    const tracker = createCoverageTracker(80, 50);
    const documents: MaskOp[][] = [[], [a], [a, b], [a, b, c], [a, b], [a, c], [{ type: 'invert' }]];
    for (const ops of documents) {
      const full = rasterizeMask(ops, 80, 50);
      const cheap = tracker.fraction(ops) ?? tracker.adopt(ops, full);
      expect(cheap).toBeCloseTo(maskCoverage(full), 10);
    }
    expect(tracker.fraction([a])).toBeNull();
  });

  it('leaves raster operations (grow, feather, regions) to a whole replay elsewhere', () => {
    const tracker = createCoverageTracker(80, 50);
    expect(tracker.fraction([a])).toBeCloseTo(100 / 4000);
    const grown: MaskOp[] = [a, { type: 'grow', radius: 2 }];
    expect(tracker.fraction(grown)).toBeNull();
    expect(tracker.adopt(grown, rasterizeMask(grown, 80, 50))).toBe(141 / 4000);
    // After adopting, a stroke on top is cheap again.
    expect(tracker.fraction([...grown, c])).toBeCloseTo(
      maskCoverage(rasterizeMask([...grown, c], 80, 50)),
      10,
    );
  });

  it('adds only the new operations when the document grew', () => {
    const tracker = createCoverageTracker(80, 50);
    const first = [a];
    expect(tracker.fraction(first)).toBeCloseTo(100 / 4000);
    expect(tracker.fraction([...first, { type: 'invert' }])).toBeCloseTo(3900 / 4000);
  });
});
