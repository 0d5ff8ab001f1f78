import { describe, expect, it } from 'vitest';
import { compositeOverSource, featherMask } from './composite.ts';
import type { RgbaImage } from './image.ts';

/** Deterministic noise so every pixel differs from its neighbours and between images. */
function noise(width: number, height: number, seed: number): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  let state = seed;
  for (let i = 0; i < data.length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    data[i] = state >>> 24;
  }
  return { data, width, height };
}

/** A disc of full coverage and a soft-edged square, with holes, on a 64×48 mask. */
function sampleCoverage(width: number, height: number): Uint8ClampedArray {
  const coverage = new Uint8ClampedArray(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if ((x - 18) ** 2 + (y - 20) ** 2 < 12 ** 2) coverage[y * width + x] = 255;
      if (x >= 40 && x < 60 && y >= 10 && y < 30) coverage[y * width + x] = 128;
    }
  }
  coverage[20 * width + 18] = 0;
  coverage[15 * width + 50] = 0;
  return coverage;
}

describe('featherMask', () => {
  const width = 64;
  const height = 48;
  const coverage = sampleCoverage(width, height);

  it('never gives a protected pixel any coverage, whatever the radius', () => {
    for (const radius of [1, 2, 5, 12, 40]) {
      const feathered = featherMask(coverage, width, height, radius);
      for (let i = 0; i < coverage.length; i++) {
        if (coverage[i] === 0) expect(feathered[i], `radius ${radius}, pixel ${i}`).toBe(0);
        expect(feathered[i]!).toBeLessThanOrEqual(coverage[i]!);
      }
    }
  });

  it('softens the inside of the edge and keeps the middle fully covered', () => {
    const feathered = featherMask(coverage, width, height, 4);
    const at = (x: number, y: number) => feathered[y * width + x]!;
    expect(at(7, 20)).toBeGreaterThan(0);
    expect(at(7, 20)).toBeLessThan(200);
    expect(at(18, 13)).toBe(255);
    expect(at(24, 20)).toBe(255);
  });

  it('returns an unchanged copy at radius 0', () => {
    const feathered = featherMask(coverage, width, height, 0);
    expect(feathered).toEqual(coverage);
    expect(feathered).not.toBe(coverage);
  });

  it('refuses a mask that does not match the size', () => {
    expect(() => featherMask(coverage, width + 1, height, 3)).toThrow(/Rasterise the mask/);
  });
});

describe('compositeOverSource', () => {
  const width = 64;
  const height = 48;
  const source = noise(width, height, 1);
  const result = noise(width, height, 2);
  const coverage = sampleCoverage(width, height);

  it('keeps every protected pixel byte for byte the source, after feathering', () => {
    const out = compositeOverSource(source, result, featherMask(coverage, width, height, 6));
    let protectedPixels = 0;
    for (let pixel = 0; pixel < coverage.length; pixel++) {
      if (coverage[pixel] !== 0) continue;
      protectedPixels++;
      const at = pixel * 4;
      expect(Array.from(out.data.subarray(at, at + 4))).toEqual(Array.from(source.data.subarray(at, at + 4)));
    }
    expect(protectedPixels).toBeGreaterThan(2000);
  });

  it('takes fully covered pixels from the result exactly and blends partial ones', () => {
    const out = compositeOverSource(source, result, coverage);
    const covered = 10 * width + 18;
    expect(Array.from(out.data.subarray(covered * 4, covered * 4 + 4))).toEqual(
      Array.from(result.data.subarray(covered * 4, covered * 4 + 4)),
    );
    const half = 20 * width + 50;
    for (let channel = 0; channel < 4; channel++) {
      const expected =
        (source.data[half * 4 + channel]! * 127 + result.data[half * 4 + channel]! * 128) / 255;
      expect(Math.abs(out.data[half * 4 + channel]! - expected)).toBeLessThanOrEqual(1);
    }
  });

  it('refuses images of different sizes', () => {
    expect(() => compositeOverSource(source, noise(width, height + 1, 3), coverage)).toThrow(/same size/);
  });
});
