import { describe, expect, it } from 'vitest';
import { rasterizeMask } from '../mask/rasterize.ts';
import { MaskSelection, maskForSource } from './mask-per-source.ts';

/** Which pixels a mask covers, as 0/1 per pixel. */
const covered = (coverage: Uint8ClampedArray): number[] => Array.from(coverage, (v) => (v > 0 ? 1 : 0));

describe('maskForSource', () => {
  it('covers the whole image', () => {
    const coverage = rasterizeMask(maskForSource({ kind: 'whole' }, { width: 4, height: 3 }), 4, 3);
    expect(covered(coverage).every(Boolean)).toBe(true);
  });

  it('places the same relative rectangle on sources of different sizes', () => {
    const selection = MaskSelection.parse({ kind: 'rect', rect: { x: 0.5, y: 0, width: 0.5, height: 0.5 } });
    for (const size of [
      { width: 8, height: 4 },
      { width: 20, height: 10 },
    ]) {
      const coverage = covered(rasterizeMask(maskForSource(selection, size), size.width, size.height));
      const share = coverage.reduce((a, b) => a + b, 0) / coverage.length;
      expect(share).toBe(0.25);
      expect(coverage[size.width - 1]).toBe(1);
      expect(coverage[0]).toBe(0);
    }
  });

  it('refuses a rectangle that leaves the image', () => {
    expect(
      MaskSelection.safeParse({ kind: 'rect', rect: { x: 0.6, y: 0, width: 0.5, height: 0.5 } }).success,
    ).toBe(false);
  });

  it('is empty from transparency when the pixels were not read', () => {
    expect(maskForSource({ kind: 'transparency' }, { width: 4, height: 4 })).toEqual([]);
  });
});
