import { describe, expect, it } from 'vitest';
import { rasterizeMask } from '../rasterize.ts';
import { rectsFromAlpha } from './alpha-rects.ts';

/** Alpha of a width×height image: transparent (0) where `hole` says so, opaque elsewhere. */
function alphaOf(width: number, height: number, hole: (x: number, y: number) => boolean) {
  const alpha = new Uint8ClampedArray(width * height).fill(255);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) if (hole(x, y)) alpha[y * width + x] = 0;
  return alpha;
}

/** Which pixels a mask covers, as 0/1 per pixel. */
const covered = (coverage: Uint8ClampedArray): number[] => Array.from(coverage, (v) => (v > 0 ? 1 : 0));

describe('rectsFromAlpha', () => {
  it('covers exactly the pixels that are not opaque, for any shape', () => {
    const width = 9;
    const height = 7;
    const holes = [
      (x: number) => x < 3,
      (x: number, y: number) => (x - 4) ** 2 + (y - 3) ** 2 <= 6,
      (x: number, y: number) => (x + y) % 3 === 0,
      () => false,
      () => true,
    ];
    for (const hole of holes) {
      const alpha = alphaOf(width, height, hole);
      const expected = Array.from(alpha, (a) => (a < 255 ? 1 : 0));
      expect(covered(rasterizeMask(rectsFromAlpha(alpha, width, height), width, height))).toEqual(expected);
    }
  });

  it('keeps a plain cut-out small by merging repeated runs down the rows', () => {
    const alpha = alphaOf(200, 100, (x) => x < 50 || x >= 150);
    expect(rectsFromAlpha(alpha, 200, 100)).toEqual([
      { type: 'rect', x: 0, y: 0, width: 50, height: 100, erase: false },
      { type: 'rect', x: 150, y: 0, width: 50, height: 100, erase: false },
    ]);
  });

  it('counts half-transparent pixels as ones to repaint', () => {
    const alpha = new Uint8ClampedArray([255, 128, 254, 255]);
    expect(covered(rasterizeMask(rectsFromAlpha(alpha, 4, 1), 4, 1))).toEqual([0, 1, 1, 0]);
  });
});
