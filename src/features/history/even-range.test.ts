import { describe, expect, it } from 'vitest';
import { evenRange } from './even-range.ts';

const range = (startIndex: number, endIndex: number, count: number) => ({
  startIndex,
  endIndex,
  overscan: 1,
  count,
});

describe('evenRange', () => {
  it('mounts the rows on screen and one either side in the middle of a list', () => {
    expect(evenRange(range(10, 11, 500))).toEqual([9, 10, 11, 12]);
  });

  it('mounts as many rows at the top and the bottom, shifting the overscan inward', () => {
    expect(evenRange(range(0, 1, 500))).toEqual([0, 1, 2, 3]);
    expect(evenRange(range(498, 499, 500))).toEqual([496, 497, 498, 499]);
  });

  it('mounts every row of a list shorter than the window', () => {
    expect(evenRange(range(0, 1, 2))).toEqual([0, 1]);
    expect(evenRange(range(0, 0, 1))).toEqual([0]);
  });
});
