import { describe, expect, it } from 'vitest';
import { coverageCentre } from './picture.ts';

describe('coverageCentre', () => {
  it('finds the middle of what a mask covers, as fractions of its size', () => {
    const coverage = new Uint8ClampedArray(10 * 4);
    for (const x of [6, 7, 8, 9]) coverage[1 * 10 + x] = 255;
    expect(coverageCentre(coverage, 10, 4)).toEqual({ x: 0.8, y: 0.375 });
  });

  it('weighs feathered pixels by their coverage, and has no centre for an empty mask', () => {
    const coverage = Uint8ClampedArray.from([255, 0, 0, 85]);
    expect(coverageCentre(coverage, 4, 1)!.x).toBeCloseTo((0.5 * 255 + 3.5 * 85) / 340 / 4, 9);
    expect(coverageCentre(new Uint8ClampedArray(6), 3, 2)).toBeNull();
  });
});
