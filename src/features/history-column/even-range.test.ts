import { describe, expect, it } from 'vitest';
import { evenRange, screenEndAtTop } from './even-range.ts';

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

  it('counts the rows of a full screen at the top, where less of the list is on screen', () => {
    expect(evenRange(range(0, 0, 500), 1)).toEqual([0, 1, 2, 3]);
    expect(evenRange(range(0, 1, 500), 0)).toEqual([0, 1, 2, 3]);
  });

  it('mounts every row of a list shorter than the window', () => {
    expect(evenRange(range(0, 1, 2))).toEqual([0, 1]);
    expect(evenRange(range(0, 0, 1))).toEqual([0]);
    expect(evenRange(range(0, 0, 2), 5)).toEqual([0, 1]);
  });
});

describe('screenEndAtTop', () => {
  // Rows 900 px apart, the first 250 px down the page.
  const rows = Array.from({ length: 6 }, (_, i) => ({ start: 250 + 900 * i }));

  it('answers the last row that starts within a screen of the first', () => {
    expect(screenEndAtTop(rows, 940, 0)).toBe(1);
    expect(screenEndAtTop(rows, 1900, 0)).toBe(2);
    expect(screenEndAtTop(rows, 600, 0)).toBe(0);
  });

  it('never answers fewer rows than are on screen, nor more than there are', () => {
    expect(screenEndAtTop(rows, 600, 2)).toBe(2);
    expect(screenEndAtTop(rows, 100_000, 0)).toBe(5);
    expect(screenEndAtTop([], 940, 0)).toBe(0);
  });
});
