import { describe, expect, it } from 'vitest';
import { alignToSource } from './align.ts';
import { maskLeakage } from './leakage.ts';
import type { RgbaImage } from './image.ts';

function solid(width: number, height: number, rgba: number[]): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < data.length; i += 4) data.set(rgba, i);
  return { data, width, height };
}

const setPixel = (image: RgbaImage, x: number, y: number, rgba: number[]) =>
  image.data.set(rgba, (y * image.width + x) * 4);
const alphaAt = (image: RgbaImage, x: number, y: number) => image.data[(y * image.width + x) * 4 + 3];

describe('maskLeakage', () => {
  // 10×10 image; the mask covers the left 4 columns (40 pixels), leaving 60 protected.
  const width = 10;
  const height = 10;
  const coverage = new Uint8ClampedArray(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < 4; x++) coverage[y * width + x] = 255;

  it('counts only protected pixels that changed by more than the threshold', () => {
    const source = solid(width, height, [90, 90, 90, 255]);
    const result = solid(width, height, [90, 90, 90, 255]);
    for (let y = 0; y < height; y++) for (let x = 0; x < 4; x++) setPixel(result, x, y, [250, 0, 0, 255]);
    setPixel(result, 5, 0, [200, 90, 90, 255]);
    setPixel(result, 6, 0, [90, 200, 90, 255]);
    setPixel(result, 7, 0, [90, 90, 200, 255]);
    setPixel(result, 8, 0, [95, 90, 90, 255]);

    const leak = maskLeakage(alignToSource(source, result), coverage, 10);
    expect(leak.protectedCount).toBe(60);
    expect(leak.changedCount).toBe(3);
    expect(leak.changedOutsideFraction).toBeCloseTo(3 / 60, 10);

    expect(alphaAt(leak.heatmap, 5, 0)).toBeGreaterThan(150);
    expect(alphaAt(leak.heatmap, 8, 0)).toBe(0);
    expect(alphaAt(leak.heatmap, 9, 9)).toBe(0);
    expect(alphaAt(leak.heatmap, 0, 0)).toBeGreaterThan(0);
    expect(alphaAt(leak.heatmap, 0, 0)).toBeLessThan(100);
  });

  it('colours strong leaks redder than slight ones', () => {
    const source = solid(width, height, [0, 0, 0, 255]);
    const result = solid(width, height, [0, 0, 0, 255]);
    setPixel(result, 5, 5, [40, 0, 0, 255]);
    setPixel(result, 6, 5, [255, 0, 0, 255]);
    const { heatmap } = maskLeakage(alignToSource(source, result), coverage, 10);
    const green = (x: number) => heatmap.data[(5 * width + x) * 4 + 1]!;
    expect(green(5)).toBeGreaterThan(green(6));
  });

  it('treats soft mask values as editable, not protected', () => {
    const soft = new Uint8ClampedArray(width * height);
    soft[0] = 1;
    const source = solid(width, height, [0, 0, 0, 255]);
    const result = solid(width, height, [0, 0, 0, 255]);
    setPixel(result, 0, 0, [255, 255, 255, 255]);
    const leak = maskLeakage(alignToSource(source, result), soft, 0);
    expect(leak.protectedCount).toBe(99);
    expect(leak.changedCount).toBe(0);
  });

  it('reports 0 when the mask protects nothing', () => {
    const full = new Uint8ClampedArray(width * height).fill(255);
    const leak = maskLeakage(
      alignToSource(solid(width, height, [0, 0, 0, 255]), solid(width, height, [9, 9, 9, 255])),
      full,
      0,
    );
    expect(leak.protectedCount).toBe(0);
    expect(leak.changedOutsideFraction).toBe(0);
  });

  it('leaves out the resampling band next to the mask and what the result does not show', () => {
    const source = solid(width, height, [0, 0, 0, 255]);
    const result = solid(width, height, [0, 0, 0, 255]);
    // Changed: in the band (x = 5), in the measured part (x = 7) and in the cropped-off column (x = 9).
    for (const x of [5, 7, 9]) setPixel(result, x, 3, [255, 255, 255, 255]);
    const leak = maskLeakage(
      {
        result,
        expected: source,
        band: 2,
        covered: { left: 0, top: 0, right: 9, bottom: height },
      },
      coverage,
      10,
    );
    // Masked x < 4, band x = 4..5, measured x = 6..8, not shown x = 9.
    expect(leak.protectedCount).toBe(30);
    expect(leak.changedCount).toBe(1);
    expect(alphaAt(leak.heatmap, 5, 3)).toBeLessThan(alphaAt(leak.heatmap, 0, 3)!);
    expect(alphaAt(leak.heatmap, 7, 3)).toBeGreaterThan(150);
    expect(alphaAt(leak.heatmap, 9, 3)).toBe(0);
  });

  it('refuses a mask of the wrong size', () => {
    const source = solid(width, height, [0, 0, 0, 255]);
    expect(() => maskLeakage(alignToSource(source, source), new Uint8ClampedArray(99), 0)).toThrow(
      /99 values.*100 pixels/,
    );
  });
});
