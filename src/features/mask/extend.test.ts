import { describe, expect, it } from 'vitest';
import { isValidGptImage2Size } from '../../catalog/index.ts';
import { clampPlacement, extendPresets, extendProblems, extensionMaskOps, placeAtAnchor } from './extend.ts';
import { rasterizeMask } from './rasterize.ts';

const square = { width: 1024, height: 1024 };

describe('extendPresets', () => {
  it('offers valid sizes that hold the source whole and add area, 1024² → 3:2 is 1536×1024', () => {
    const presets = extendPresets(square);
    expect(presets.find((p) => p.ratio === '3:2')?.size).toEqual({ width: 1536, height: 1024 });
    expect(presets.some((p) => p.ratio === '1:1')).toBe(false);
    for (const { size } of presets) {
      expect(isValidGptImage2Size(size)).toBe(true);
      expect(size.width >= 1024 && size.height >= 1024).toBe(true);
    }
  });
});

describe('extendProblems', () => {
  it("names the catalog's rule and refuses a canvas that does not hold the source", () => {
    expect(extendProblems(square, { width: 1536, height: 1024 })).toEqual([]);
    expect(extendProblems(square, { width: 1540, height: 1024 })[0]).toMatch(/^Block size/);
    expect(extendProblems(square, { width: 1024, height: 768 }).at(-1)).toMatch(/whole source/);
    expect(extendProblems(square, square)).toEqual([
      'That is the source size: there is no new area to fill.',
    ]);
  });
});

describe('placement', () => {
  it('puts the source at an anchor and keeps a dragged one inside', () => {
    const target = { width: 1536, height: 1024 };
    expect(placeAtAnchor({ x: 0.5, y: 0.5 }, square, target)).toEqual({ x: 256, y: 0 });
    expect(placeAtAnchor({ x: 1, y: 1 }, square, target)).toEqual({ x: 512, y: 0 });
    expect(clampPlacement({ x: 900.4, y: -20 }, square, target)).toEqual({ x: 512, y: 0 });
  });
});

describe('extensionMaskOps', () => {
  it('is white over the new area, black deep in the original, and ramps only in the band', () => {
    const source = { width: 100, height: 80 };
    const target = { width: 160, height: 80 };
    const coverage = rasterizeMask(extensionMaskOps(source, { x: 30, y: 0 }, target, 16), 160, 80);
    const row = (y: number) => [...coverage.subarray(y * 160, y * 160 + 160)];
    for (const y of [0, 40, 79]) {
      const values = row(y);
      expect(values.slice(0, 30).every((v) => v === 255)).toBe(true);
      expect(values.slice(130).every((v) => v === 255)).toBe(true);
      // The original beyond the 16 px band on either side is protected exactly.
      expect(values.slice(46, 114).every((v) => v === 0)).toBe(true);
      expect(values.slice(30, 46).some((v) => v > 0 && v < 255)).toBe(true);
    }
  });
});
