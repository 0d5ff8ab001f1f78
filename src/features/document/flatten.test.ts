import { describe, expect, it } from 'vitest';
import { flatten, mergePictures } from './flatten.ts';
import { createRgba, splitAlpha, withMaskAsAlpha, type Picture, type RgbaImage } from './pixels.ts';

const W = 4;
const H = 2;

function solid(r: number, g: number, b: number, a = 255): RgbaImage {
  const image = createRgba(W, H);
  for (let i = 0; i < W * H; i++) image.data.set([r, g, b, a], i * 4);
  return image;
}

const at = (image: RgbaImage, i: number) => Array.from(image.data.subarray(i * 4, i * 4 + 4));
const maskOf = (values: number[]) => Uint8ClampedArray.from(values);

describe('flatten', () => {
  it('with no pictures is the base', () => {
    const base = solid(10, 20, 30);
    expect(flatten(base, []).data).toEqual(base.data);
  });

  it('a clipped layer changes only the pixels under its mask', () => {
    const base = solid(10, 20, 30);
    const mask = maskOf([255, 0, 0, 0, 0, 0, 0, 255]);
    const out = flatten(base, [{ pixels: solid(200, 100, 0), mask, opacity: 1 }]);
    expect(at(out, 0)).toEqual([200, 100, 0, 255]);
    expect(at(out, 7)).toEqual([200, 100, 0, 255]);
    for (let i = 1; i < 7; i++) expect(at(out, i)).toEqual([10, 20, 30, 255]);
  });

  it('opacity 50 % gives the midpoint', () => {
    const out = flatten(solid(0, 100, 200), [{ pixels: solid(200, 0, 100), mask: null, opacity: 0.5 }]);
    expect(at(out, 3)).toEqual([100, 50, 150, 255]);
  });

  it('a partly masked pixel blends in proportion, like "preserve outside mask"', () => {
    const mask = maskOf([128, 64, 0, 0, 0, 0, 0, 0]);
    const out = flatten(solid(0, 0, 0), [{ pixels: solid(255, 255, 255), mask, opacity: 1 }]);
    // The integer blend of compositeOverSource: floor((b·(255−w) + r·w + 127) / 255).
    expect(at(out, 0)).toEqual([128, 128, 128, 255]);
    expect(at(out, 1)).toEqual([64, 64, 64, 255]);
  });

  it('a hidden layer is simply not drawn, and opacity 0 changes nothing', () => {
    const base = solid(1, 2, 3);
    expect(flatten(base, [{ pixels: solid(9, 9, 9), mask: null, opacity: 0 }]).data).toEqual(base.data);
  });

  it('later layers go over earlier ones', () => {
    const out = flatten(solid(0, 0, 0), [
      { pixels: solid(255, 0, 0), mask: null, opacity: 1 },
      { pixels: solid(0, 255, 0), mask: maskOf([255, 0, 0, 0, 0, 0, 0, 0]), opacity: 1 },
    ]);
    expect(at(out, 0)).toEqual([0, 255, 0, 255]);
    expect(at(out, 1)).toEqual([255, 0, 0, 255]);
  });

  it('over a transparent base keeps straight alpha', () => {
    const out = flatten(solid(0, 0, 0, 0), [{ pixels: solid(200, 100, 50), mask: null, opacity: 0.5 }]);
    expect(at(out, 0)).toEqual([200, 100, 50, 128]);
  });

  it('refuses a layer of another size', () => {
    const small: Picture = { pixels: createRgba(2, 2), mask: null, opacity: 1 };
    expect(() => flatten(solid(0, 0, 0), [small])).toThrow(/document's size/);
  });
});

describe('mergePictures', () => {
  it('looks the same over the base as the two drawn one after the other (within rounding)', () => {
    const base = solid(30, 60, 90);
    const bottom: Picture = {
      pixels: solid(250, 10, 10),
      mask: maskOf([255, 200, 100, 0, 255, 0, 50, 255]),
      opacity: 0.8,
    };
    const top: Picture = {
      pixels: solid(10, 250, 10),
      mask: maskOf([0, 255, 128, 64, 0, 0, 255, 30]),
      opacity: 0.6,
    };
    const { pixels, mask } = mergePictures(bottom, top);
    const apart = flatten(base, [bottom, top]);
    const together = flatten(base, [{ pixels, mask, opacity: 1 }]);
    for (let i = 0; i < apart.data.length; i++) {
      expect(Math.abs(apart.data[i]! - together.data[i]!)).toBeLessThanOrEqual(1);
    }
  });
});

describe('alpha and mask', () => {
  it('split and join are each other’s inverse', () => {
    const image = solid(5, 6, 7);
    image.data[3] = 0;
    image.data[7] = 90;
    const { pixels, mask } = splitAlpha(image);
    expect(at(pixels, 1)).toEqual([5, 6, 7, 255]);
    expect(Array.from(mask!.subarray(0, 3))).toEqual([0, 90, 255]);
    expect(withMaskAsAlpha(pixels, mask).data).toEqual(image.data);
    expect(splitAlpha(solid(1, 1, 1)).mask).toBeNull();
  });
});
