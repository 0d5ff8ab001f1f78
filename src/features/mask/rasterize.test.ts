import { describe, expect, it } from 'vitest';
import { MIN_RADIUS } from './geometry.ts';
import type { MaskOp, StrokeOp } from './ops.ts';
import { MASK_POLARITY } from './polarity.ts';
import { isMaskEmpty, maskCoverage } from './coverage-stats.ts';
import { applyMaskOp, maskToGrey, rasterizeMask } from './rasterize.ts';

const at = (coverage: Uint8ClampedArray, width: number, x: number, y: number) => coverage[y * width + x];
const brush = (points: number[], size: number, softness = 0, pressures?: number[]): StrokeOp => ({
  type: 'brush',
  points,
  size,
  softness,
  ...(pressures ? { pressures } : {}),
});
const erase = (points: number[], size: number, softness = 0): StrokeOp => ({
  type: 'erase',
  points,
  size,
  softness,
});
const values = (coverage: Uint8ClampedArray) => new Set(coverage);

function segmentDistance(px: number, py: number, x0: number, y0: number, x1: number, y1: number): number {
  const vx = x1 - x0;
  const vy = y1 - y0;
  const vv = vx * vx + vy * vy;
  const t = vv === 0 ? 0 : Math.min(1, Math.max(0, ((px - x0) * vx + (py - y0) * vy) / vv));
  return Math.hypot(px - x0 - t * vx, py - y0 - t * vy);
}

/** The stroke's coverage worked out the slow, obvious way: every pixel against every segment. */
function referenceStroke(op: StrokeOp, width: number, height: number): Uint8ClampedArray {
  const out = new Uint8ClampedArray(width * height);
  const r = Math.max(MIN_RADIUS, op.size / 2);
  const { points } = op;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let d = Infinity;
      for (let i = 0; i + 3 < points.length || i === 0; i += 2) {
        const j = Math.min(i + 2, points.length - 2);
        const [x0, y0, x1, y1] = [points[i], points[i + 1], points[j], points[j + 1]] as number[];
        d = Math.min(d, segmentDistance(x + 0.5, y + 0.5, x0!, y0!, x1!, y1!));
      }
      let value: number;
      if (op.softness === 0) value = d <= r ? 255 : 0;
      else {
        const depth = Math.min(1, Math.max(0, (r - d) / (op.softness * r)));
        value = Math.round(255 * depth * depth * (3 - 2 * depth));
      }
      out[y * width + x] = value;
    }
  }
  return out;
}

/** A wandering stroke from a seeded generator, so failures can be replayed. */
function randomStroke(seed: number, width: number, height: number, softness: number): StrokeOp {
  let state = seed;
  const random = () => (state = (state * 16807) % 2147483647) / 2147483647;
  const points: number[] = [];
  let x = random() * width;
  let y = random() * height;
  let angle = random() * Math.PI * 2;
  for (let i = 0; i < 12; i++) {
    points.push(x, y);
    angle += (random() - 0.5) * 2.5;
    const step = 2 + random() * 14;
    x += Math.cos(angle) * step;
    y += Math.sin(angle) * step;
  }
  return brush(points, 3 + random() * 20, softness);
}

describe('rasterizeMask', () => {
  it('returns exactly width × height values, for odd sizes too', () => {
    expect(rasterizeMask([], 1000, 750)).toHaveLength(750_000);
    expect(rasterizeMask([{ type: 'fill' }], 3, 7)).toHaveLength(21);
    expect(rasterizeMask([{ type: 'fill' }], 1, 1)).toEqual(new Uint8ClampedArray([255]));
  });

  it('refuses sizes that are not positive whole pixels', () => {
    expect(() => rasterizeMask([], 0, 10)).toThrow(RangeError);
    expect(() => rasterizeMask([], 10, -1)).toThrow(RangeError);
    expect(() => rasterizeMask([], 10.5, 10)).toThrow(/10.5×10/);
  });

  it('paints a hard dot on exactly the pixel centres within its radius', () => {
    const coverage = rasterizeMask([brush([50, 50], 20)], 100, 100);
    for (let y = 0; y < 100; y++) {
      for (let x = 0; x < 100; x++) {
        expect(at(coverage, 100, x, y), `pixel ${x},${y}`).toBe(
          Math.hypot(x + 0.5 - 50, y + 0.5 - 50) <= 10 ? 255 : 0,
        );
      }
    }
  });

  it('paints a click (its point recorded twice) as a dot', () => {
    const once = rasterizeMask([brush([20.3, 30.7], 9)], 60, 60);
    const twice = rasterizeMask([brush([20.3, 30.7, 20.3, 30.7], 9)], 60, 60);
    expect(twice).toEqual(once);
    expect(maskCoverage(once)).toBeGreaterThan(0);
  });

  it('matches the slow reference for hard strokes, with only 0 and 255', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const op = randomStroke(seed * 7919, 120, 90, 0);
      const coverage = rasterizeMask([op], 120, 90);
      expect(values(coverage).size).toBeLessThanOrEqual(2);
      expect([...values(coverage)].every((v) => v === 0 || v === 255)).toBe(true);
      expect(coverage, `seed ${seed}`).toEqual(referenceStroke(op, 120, 90));
    }
  });

  it('matches the slow reference for soft strokes to within one grey level', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const op = randomStroke(seed * 104729, 120, 90, 0.2 + (seed % 4) * 0.25);
      const coverage = rasterizeMask([op], 120, 90);
      const reference = referenceStroke(op, 120, 90);
      let worst = 0;
      for (let i = 0; i < coverage.length; i++)
        worst = Math.max(worst, Math.abs(coverage[i]! - reference[i]!));
      expect(worst, `seed ${seed}`).toBeLessThanOrEqual(1);
    }
  });

  it('matches the slow reference around sharp turns and U-turns', () => {
    const turns = [
      [50, 60, 70, 40, 50, 60],
      [50, 40, 70, 60, 50, 40],
      [30, 50, 70, 50, 30, 50.5],
      [20, 20, 60, 25, 22, 30, 61, 38, 20, 45],
      [60, 10, 62, 70, 58, 12],
    ];
    for (const [i, points] of turns.entries()) {
      for (const softness of [0, 0.6]) {
        const op = brush(points, 36, softness);
        const coverage = rasterizeMask([op], 100, 90);
        const reference = referenceStroke(op, 100, 90);
        let worst = 0;
        for (let p = 0; p < coverage.length; p++)
          worst = Math.max(worst, Math.abs(coverage[p]! - reference[p]!));
        expect(worst, `turn ${i}, softness ${softness}`).toBeLessThanOrEqual(softness === 0 ? 0 : 1);
      }
    }
  });

  it('gives a soft brush greys only in its fading rim, full inside and nothing outside', () => {
    // Radius 40 with softness 0.5: solid to 20 px from the centre, fading to nothing at 40 px.
    const coverage = rasterizeMask([brush([100, 100], 80, 0.5)], 200, 200);
    let greys = 0;
    for (let y = 0; y < 200; y++) {
      for (let x = 0; x < 200; x++) {
        const d = Math.hypot(x + 0.5 - 100, y + 0.5 - 100);
        const value = at(coverage, 200, x, y)!;
        if (d <= 20) expect(value).toBe(255);
        if (d >= 40) expect(value).toBe(0);
        if (value > 0 && value < 255) {
          greys++;
          expect(d).toBeGreaterThan(20);
          expect(d).toBeLessThan(40);
        }
      }
    }
    expect(greys).toBeGreaterThan(1000);
    // Along a radius the fade never brightens outwards.
    for (let x = 120; x < 140; x++)
      expect(at(coverage, 200, x, 100)!).toBeGreaterThanOrEqual(at(coverage, 200, x + 1, 100)!);
  });

  it('leaves only the part of a brush stroke that was not erased', () => {
    const ops: MaskOp[] = [brush([10, 50, 90, 50], 20), erase([50, 0, 50, 100], 20)];
    const coverage = rasterizeMask(ops, 100, 100);
    expect(at(coverage, 100, 30, 50)).toBe(255);
    expect(at(coverage, 100, 70, 50)).toBe(255);
    expect(at(coverage, 100, 50, 50)).toBe(0);
    expect(at(coverage, 100, 41, 50)).toBe(0);
    expect(at(coverage, 100, 38, 50)).toBe(255);
    expect(at(coverage, 100, 50, 10)).toBe(0);
  });

  it('fades a soft eraser: cleared at its centre, untouched beyond its radius', () => {
    const coverage = rasterizeMask([{ type: 'fill' }, erase([50, 50], 40, 1)], 100, 100);
    expect(at(coverage, 100, 49, 49)).toBeLessThan(5);
    expect(at(coverage, 100, 49, 80)).toBe(255);
    const rim = at(coverage, 100, 60, 49)!;
    expect(rim).toBeGreaterThan(0);
    expect(rim).toBeLessThan(255);
  });

  it('inverts an empty mask to a full one and back', () => {
    const full = rasterizeMask([{ type: 'invert' }], 31, 17);
    expect(values(full)).toEqual(new Set([255]));
    expect(isMaskEmpty(rasterizeMask([{ type: 'invert' }, { type: 'invert' }], 31, 17))).toBe(true);
    const dot = rasterizeMask([brush([15, 8], 6), { type: 'invert' }], 31, 17);
    expect(at(dot, 31, 15, 8)).toBe(0);
    expect(at(dot, 31, 0, 0)).toBe(255);
  });

  it('fills everything, and clears everything painted before', () => {
    expect(values(rasterizeMask([brush([5, 5], 4), { type: 'fill' }], 20, 20))).toEqual(new Set([255]));
    expect(isMaskEmpty(rasterizeMask([{ type: 'fill' }, brush([5, 5], 4), { type: 'clear' }], 20, 20))).toBe(
      true,
    );
    const afterClear = rasterizeMask([{ type: 'fill' }, { type: 'clear' }, brush([5, 5], 4)], 20, 20);
    expect(at(afterClear, 20, 5, 5)).toBe(255);
    expect(at(afterClear, 20, 15, 15)).toBe(0);
  });

  it('adds a rectangle, then cuts a smaller one out of it', () => {
    const ops: MaskOp[] = [
      { type: 'rect', x: 10, y: 10, width: 50, height: 40, erase: false },
      { type: 'rect', x: 20, y: 20, width: 10, height: 10, erase: true },
    ];
    const coverage = rasterizeMask(ops, 100, 80);
    expect(maskCoverage(coverage) * 100 * 80).toBeCloseTo(50 * 40 - 10 * 10);
    expect(at(coverage, 100, 10, 10)).toBe(255);
    expect(at(coverage, 100, 9, 10)).toBe(0);
    expect(at(coverage, 100, 59, 49)).toBe(255);
    expect(at(coverage, 100, 60, 49)).toBe(0);
    expect(at(coverage, 100, 25, 25)).toBe(0);
  });

  it('covers a pixel with a rectangle when the pixel centre is inside it', () => {
    const shifted = rasterizeMask([{ type: 'rect', x: 2.6, y: 0, width: 2, height: 1, erase: false }], 8, 1);
    expect([...shifted]).toEqual([0, 0, 0, 255, 255, 0, 0, 0]);
  });

  it('clips strokes and rectangles that reach beyond the image', () => {
    const coverage = rasterizeMask([brush([-50, 20, 30, 20, 80, 45], 10)], 40, 40);
    expect(at(coverage, 40, 0, 20)).toBe(255);
    expect(at(coverage, 40, 29, 20)).toBe(255);
    expect(at(coverage, 40, 0, 30)).toBe(0);
    expect(isMaskEmpty(rasterizeMask([brush([-100, -100, -50, -50], 20)], 40, 40))).toBe(true);
    const rect = rasterizeMask(
      [{ type: 'rect', x: -10, y: 30, width: 100, height: 100, erase: false }],
      40,
      40,
    );
    expect(maskCoverage(rect)).toBeCloseTo(10 / 40);
  });

  it('narrows a stroke where the pen pressed lightly', () => {
    const coverage = rasterizeMask([brush([20, 50, 180, 50], 40, 0, [1, 0.25])], 200, 100);
    const columnHeight = (x: number) => {
      let n = 0;
      for (let y = 0; y < 100; y++) n += at(coverage, 200, x, y) === 255 ? 1 : 0;
      return n;
    };
    expect(columnHeight(21)).toBe(40);
    expect(columnHeight(179)).toBeGreaterThanOrEqual(9);
    expect(columnHeight(179)).toBeLessThanOrEqual(11);
    expect(columnHeight(100)).toBeGreaterThan(columnHeight(179));
    expect(columnHeight(100)).toBeLessThan(columnHeight(21));
  });

  it('ends where replaying the same ops one by one ends', () => {
    const ops: MaskOp[] = [
      brush([5, 5, 40, 30], 8, 0.4),
      { type: 'invert' },
      erase([0, 30, 50, 0], 6),
      { type: 'rect', x: 3, y: 3, width: 9, height: 9, erase: false },
    ];
    const stepwise = new Uint8ClampedArray(50 * 40);
    for (const op of ops) applyMaskOp(stepwise, 50, 40, op);
    expect(stepwise).toEqual(rasterizeMask(ops, 50, 40));
  });
});

describe('maskToGrey', () => {
  it('gives painted pixels the edit grey and the rest the keep grey', () => {
    const grey = maskToGrey(new Uint8ClampedArray([0, 255, 128]), 3, 1);
    expect(MASK_POLARITY).toEqual({ edit: 255, keep: 0 });
    expect([...grey]).toEqual([0, 255, 128]);
  });

  it('refuses coverage of another size', () => {
    expect(() => maskToGrey(new Uint8ClampedArray(5), 2, 2)).toThrow(/5 pixels/);
  });
});

describe('isMaskEmpty and maskCoverage', () => {
  it('tell an empty mask from a painted one, and how much is painted', () => {
    expect(isMaskEmpty(new Uint8ClampedArray(10))).toBe(true);
    expect(isMaskEmpty(new Uint8ClampedArray([0, 0, 1]))).toBe(false);
    expect(maskCoverage(new Uint8ClampedArray([255, 0, 0, 255]))).toBe(0.5);
    expect(maskCoverage(rasterizeMask([{ type: 'fill' }], 9, 9))).toBe(1);
  });
});
