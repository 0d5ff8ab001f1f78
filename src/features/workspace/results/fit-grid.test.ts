import { describe, expect, it } from 'vitest';
import { fitGrid } from './fit-grid.ts';

const square = { aspect: 1, gap: 0 };

describe('fitGrid', () => {
  it('draws one image as large as the box allows, limited by the shorter side', () => {
    expect(fitGrid({ ...square, count: 1, box: { width: 620, height: 690 } })).toEqual({
      columns: 1,
      rows: 1,
      width: 620,
      height: 620,
    });
    expect(fitGrid({ ...square, count: 1, box: { width: 1260, height: 930 } })).toMatchObject({
      width: 930,
      height: 930,
    });
  });

  it('never draws past the image’s own pixels', () => {
    const fit = fitGrid({
      ...square,
      count: 1,
      box: { width: 2000, height: 1400 },
      natural: { width: 1024, height: 1024 },
    });
    expect(fit).toMatchObject({ width: 1024, height: 1024 });
  });

  it('puts four squares in a 2×2 grid in a square box, and in one row in a wide strip', () => {
    expect(fitGrid({ ...square, count: 4, box: { width: 800, height: 800 } })).toMatchObject({
      columns: 2,
      rows: 2,
      width: 400,
    });
    expect(fitGrid({ ...square, count: 4, box: { width: 1600, height: 400 } })).toMatchObject({
      columns: 4,
      rows: 1,
      width: 400,
    });
    expect(fitGrid({ ...square, count: 4, box: { width: 300, height: 1200 } })).toMatchObject({
      columns: 1,
      rows: 4,
      width: 300,
    });
  });

  it('takes the gaps out of the room', () => {
    expect(fitGrid({ aspect: 1, gap: 10, count: 2, box: { width: 1000, height: 600 } })).toMatchObject({
      columns: 2,
      rows: 1,
      width: 495,
    });
  });

  it('lays wide images out in fewer columns than tall ones in the same box', () => {
    const box = { width: 1200, height: 500 };
    expect(fitGrid({ aspect: 16 / 9, gap: 0, count: 4, box })).toMatchObject({
      columns: 2,
      rows: 2,
      width: 444,
    });
    expect(fitGrid({ aspect: 2 / 3, gap: 0, count: 4, box })).toEqual({
      columns: 4,
      rows: 1,
      width: 300,
      height: 450,
    });
  });

  it('fits every tile inside the box, whatever the count', () => {
    for (let count = 1; count <= 12; count++) {
      for (const box of [
        { width: 652, height: 680 },
        { width: 1292, height: 940 },
        { width: 358, height: 600 },
      ]) {
        const fit = fitGrid({ aspect: 1.5, gap: 12, count, box });
        expect(fit.columns * fit.rows).toBeGreaterThanOrEqual(count);
        expect(fit.columns * fit.width + 12 * (fit.columns - 1)).toBeLessThanOrEqual(box.width);
        expect(fit.rows * fit.height + 12 * (fit.rows - 1)).toBeLessThanOrEqual(box.height);
      }
    }
  });

  it('prefers the layout shaped like the box when the 100 % cap makes several as large', () => {
    const natural = { width: 200, height: 200 };
    expect(fitGrid({ ...square, count: 2, box: { width: 1600, height: 900 }, natural })).toMatchObject({
      columns: 2,
      rows: 1,
      width: 200,
    });
    expect(fitGrid({ ...square, count: 2, box: { width: 500, height: 1600 }, natural })).toMatchObject({
      columns: 1,
      rows: 2,
    });
  });

  it('draws nothing in a box with no room, and survives a bad aspect', () => {
    expect(fitGrid({ ...square, count: 3, box: { width: 0, height: 0 } })).toMatchObject({
      width: 0,
      height: 0,
    });
    expect(fitGrid({ aspect: Number.NaN, gap: 0, count: 1, box: { width: 100, height: 50 } })).toMatchObject({
      width: 50,
      height: 50,
    });
  });
});
