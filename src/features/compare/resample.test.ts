import { describe, expect, it } from 'vitest';
import { resample } from './resample.ts';
import { testPicture } from './test-images.ts';

describe('resample', () => {
  it('copies pixels exactly when the map is one to one', () => {
    const image = testPicture(37, 23);
    const copy = resample(image, 37, 23, { start: 0, step: 1 }, { start: 0, step: 1 });
    expect(copy.data).toEqual(image.data);
  });

  it('shifts by whole pixels, repeating the border', () => {
    const image = testPicture(16, 4);
    const shifted = resample(image, 16, 4, { start: 3, step: 1 }, { start: 0, step: 1 });
    const pixel = (data: Uint8ClampedArray, x: number, y: number) =>
      Array.from(data.subarray((y * 16 + x) * 4, (y * 16 + x) * 4 + 4));
    expect(pixel(shifted.data, 0, 2)).toEqual(pixel(image.data, 3, 2));
    expect(pixel(shifted.data, 15, 2)).toEqual(pixel(image.data, 15, 2));
  });

  it('keeps a flat colour flat at any scale, up or down', () => {
    const flat = { data: new Uint8ClampedArray(40 * 30 * 4).fill(173), width: 40, height: 30 };
    for (const [width, height] of [
      [97, 71],
      [13, 9],
    ] as const) {
      const out = resample(
        flat,
        width,
        height,
        { start: 0, step: 40 / width },
        { start: 0, step: 30 / height },
      );
      expect(new Set(out.data)).toEqual(new Set([173]));
    }
  });

  it('averages when it shrinks: a one-pixel checkerboard halves to grey', () => {
    const data = new Uint8ClampedArray(32 * 32 * 4);
    for (let p = 0; p < 32 * 32; p++)
      data.fill(((p % 32) + Math.floor(p / 32)) % 2 ? 255 : 0, p * 4, p * 4 + 4);
    const out = resample(
      { data, width: 32, height: 32 },
      16,
      16,
      { start: 0, step: 2 },
      { start: 0, step: 2 },
    );
    for (let y = 4; y < 12; y++) expect(out.data[(y * 16 + 8) * 4]).toBeCloseTo(128, -1);
  });
});
