import { describe, expect, it } from 'vitest';
import { MIN_RADIUS, strokeRadius, tangentQuad } from './geometry.ts';

describe('strokeRadius', () => {
  it('is half the size, scaled by pressure, never below the one-pixel minimum', () => {
    expect(strokeRadius(40)).toBe(20);
    expect(strokeRadius(40, 0.5)).toBe(10);
    expect(strokeRadius(40, 0)).toBe(2);
    expect(strokeRadius(0.2)).toBe(MIN_RADIUS);
  });
});

describe('tangentQuad', () => {
  it('puts each corner on its disc, where the edge between the discs touches both', () => {
    const quad = new Float64Array(8);
    expect(tangentQuad(0, 0, 10, 30, 20, 4, quad)).toBe(true);
    const [ax, ay, bx, by, cx, cy, dx, dy] = quad as unknown as number[];
    expect(Math.hypot(ax!, ay!)).toBeCloseTo(10);
    expect(Math.hypot(bx! - 30, by! - 20)).toBeCloseTo(4);
    expect(Math.hypot(cx! - 30, cy! - 20)).toBeCloseTo(4);
    expect(Math.hypot(dx!, dy!)).toBeCloseTo(10);
    // Tangent: the edge a→b is perpendicular to the radius at a.
    expect((bx! - ax!) * ax! + (by! - ay!) * ay!).toBeCloseTo(0);
    expect((cx! - dx!) * dx! + (cy! - dy!) * dy!).toBeCloseTo(0);
  });

  it('reports no quad when one disc holds the other', () => {
    expect(tangentQuad(0, 0, 10, 3, 0, 5, new Float64Array(8))).toBe(false);
    expect(tangentQuad(5, 5, 2, 5, 5, 2, new Float64Array(8))).toBe(false);
  });
});
