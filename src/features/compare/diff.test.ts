import { describe, expect, it } from 'vitest';
import { DIFF_HIGHLIGHT, diffImages } from './diff.ts';
import { ImageSizeMismatchError, type RgbaImage } from './image.ts';

function solid(width: number, height: number, rgba: [number, number, number, number]): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < data.length; i += 4) data.set(rgba, i);
  return { data, width, height };
}

function paintBlock(image: RgbaImage, x0: number, y0: number, w: number, h: number, rgba: number[]) {
  for (let y = y0; y < y0 + h; y++)
    for (let x = x0; x < x0 + w; x++) image.data.set(rgba, (y * image.width + x) * 4);
}

const pixel = (image: RgbaImage, x: number, y: number) =>
  Array.from(image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 4));

describe('diffImages', () => {
  it('finds nothing changed between identical images', () => {
    const a = solid(16, 8, [120, 80, 40, 255]);
    const result = diffImages(a, solid(16, 8, [120, 80, 40, 255]), 0);
    expect(result.changedCount).toBe(0);
    expect(result.changedFraction).toBe(0);
    expect(result.image.width).toBe(16);
    expect(result.image.height).toBe(8);
    expect(pixel(result.image, 3, 3)).not.toEqual([...DIFF_HIGHLIGHT, 255]);
  });

  it('reports a changed block as its share of the image and highlights exactly it', () => {
    const a = solid(20, 10, [200, 200, 200, 255]);
    const b = solid(20, 10, [200, 200, 200, 255]);
    paintBlock(b, 4, 2, 5, 4, [10, 20, 30, 255]);
    const result = diffImages(a, b, 8);
    expect(result.changedCount).toBe(20);
    expect(result.changedFraction).toBeCloseTo(20 / 200, 10);
    expect(pixel(result.image, 4, 2)).toEqual([...DIFF_HIGHLIGHT, 255]);
    expect(pixel(result.image, 8, 5)).toEqual([...DIFF_HIGHLIGHT, 255]);
    expect(pixel(result.image, 9, 5)).not.toEqual([...DIFF_HIGHLIGHT, 255]);
    expect(pixel(result.image, 3, 2)).not.toEqual([...DIFF_HIGHLIGHT, 255]);
  });

  it('draws unchanged pixels as a dimmed grey of the second image', () => {
    const a = solid(2, 2, [255, 255, 255, 255]);
    const [r, g, b, alpha] = pixel(diffImages(a, a, 0).image, 0, 0);
    expect(r).toBe(g);
    expect(g).toBe(b);
    expect(r).toBeGreaterThan(40);
    expect(r).toBeLessThan(128);
    expect(alpha).toBe(255);
  });

  it('ignores differences at or under the threshold and counts those above it', () => {
    const a = solid(4, 1, [100, 100, 100, 255]);
    const b = solid(4, 1, [100, 100, 100, 255]);
    b.data.set([110, 100, 100, 255], 0);
    b.data.set([111, 100, 100, 255], 4);
    expect(diffImages(a, b, 10).changedCount).toBe(1);
    expect(diffImages(a, b, 0).changedCount).toBe(2);
  });

  it('treats two fully transparent pixels as equal whatever their colour', () => {
    const a = solid(3, 3, [255, 0, 0, 0]);
    const b = solid(3, 3, [0, 0, 255, 0]);
    expect(diffImages(a, b, 0).changedCount).toBe(0);
  });

  it('counts a change of transparency', () => {
    const a = solid(2, 1, [50, 50, 50, 255]);
    const b = solid(2, 1, [50, 50, 50, 255]);
    b.data[7] = 0;
    expect(diffImages(a, b, 10).changedCount).toBe(1);
  });

  it('refuses images of different sizes with a message that says what to do', () => {
    expect(() => diffImages(solid(4, 4, [0, 0, 0, 255]), solid(4, 5, [0, 0, 0, 255]), 0)).toThrow(
      ImageSizeMismatchError,
    );
    expect(() => diffImages(solid(4, 4, [0, 0, 0, 255]), solid(5, 4, [0, 0, 0, 255]), 0)).toThrow(
      /4×4.*5×4.*Scale/,
    );
  });

  it('refuses an image whose data does not match its declared size', () => {
    const broken = { data: new Uint8ClampedArray(10), width: 2, height: 2 };
    expect(() => diffImages(broken, solid(2, 2, [0, 0, 0, 255]), 0)).toThrow(/2×2 but holds 10 bytes/);
  });
});
