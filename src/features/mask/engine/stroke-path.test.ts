import { describe, expect, it } from 'vitest';
import type { StrokeOp } from '../ops.ts';
import { traceLine, tracePressure } from './stroke-path.ts';

/** A context that keeps the path as sub-paths: segments, discs and closed outlines. */
function recorder() {
  const shapes: string[] = [];
  let at = '';
  const key = (x: number, y: number) => `${x.toFixed(3)},${y.toFixed(3)}`;
  let outline: string[] = [];
  return {
    shapes,
    beginPath() {},
    moveTo(x: number, y: number) {
      at = key(x, y);
      outline = [at];
    },
    lineTo(x: number, y: number) {
      const next = key(x, y);
      shapes.push(`segment ${at} ${next}`);
      outline.push(next);
      at = next;
    },
    arc(x: number, y: number, r: number) {
      shapes.push(`disc ${key(x, y)} ${r.toFixed(3)}`);
    },
    closePath() {
      shapes.push(`outline ${outline.join(' ')}`);
    },
  };
}

const points = [10, 10, 40, 12, 70, 30, 90, 60, 95, 100, 80, 130];

/** The whole path, and the same path traced in pieces as the live stroke paints it frame by frame. */
function wholeAndPieces(trace: (context: ReturnType<typeof recorder>, count: number, from: number) => void) {
  const whole = recorder();
  trace(whole, 6, 0);
  const pieces = recorder();
  let painted = 0;
  for (const count of [1, 2, 4, 5, 6]) {
    trace(pieces, count, painted);
    painted = count;
  }
  return { whole: whole.shapes, pieces: pieces.shapes };
}

describe('traceLine', () => {
  it('traces in pieces exactly the segments of the whole polyline, each once', () => {
    const { whole, pieces } = wholeAndPieces((context, count, from) =>
      traceLine(context, points.slice(0, 2 * count), Math.max(0, from - 1) + 1),
    );
    expect(whole).toHaveLength(5);
    // The first piece is a lone point, drawn as a dot; the rest are the polyline's segments.
    expect(pieces.slice(1)).toEqual(whole);
  });

  it('draws a lone point, or a point recorded twice, a hair long so it shows', () => {
    for (const dot of [
      [5, 7],
      [5, 7, 5, 7],
    ]) {
      const context = recorder();
      traceLine(context, dot, 0);
      expect(context.shapes).toEqual(['segment 5.000,7.000 5.010,7.000']);
    }
  });
});

describe('tracePressure', () => {
  const pressures = [0.2, 0.4, 0.5, 0.9, 1, 0.6];
  it('traces in pieces exactly the discs and joining quads of the whole stroke, each once', () => {
    const { whole, pieces } = wholeAndPieces((context, count, from) => {
      const op: StrokeOp = {
        type: 'brush',
        points: points.slice(0, 2 * count),
        pressures: pressures.slice(0, count),
        size: 40,
        softness: 0,
      };
      tracePressure(context, op, from);
    });
    expect(whole.filter((shape) => shape.startsWith('disc'))).toHaveLength(6);
    expect(whole.filter((shape) => shape.startsWith('outline'))).toHaveLength(5);
    expect(pieces).toEqual(whole);
  });
});
