// Tests run in Node; sharp is an independent judge of the resampling.
// eslint-disable-next-line no-restricted-imports
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cropResample, padImage, showWhereTransparent } from './frames.ts';
import { resample } from './resample.ts';
import { testPicture } from './test-images.ts';

describe('cropResample', () => {
  it('gives exactly the asked size, shrinking, enlarging and changing shape', () => {
    const image = testPicture(384, 216);
    const cases = [
      [{ x: 0, y: 0, width: 384, height: 216 }, 108, 108],
      [{ x: 10, y: 3, width: 121, height: 200 }, 1080, 1920],
      [{ x: 100, y: 50, width: 96, height: 54 }, 1920, 1080],
      [{ x: 383, y: 215, width: 1, height: 1 }, 7, 3],
      [{ x: 0, y: 0, width: 384, height: 128 }, 3840, 1280],
      [{ x: 50.5, y: 20.25, width: 200.5, height: 100 }, 1, 1],
    ] as const;
    for (const [rect, width, height] of cases) {
      const out = cropResample(image, rect, width, height);
      expect([out.width, out.height]).toEqual([width, height]);
      expect(out.data.length).toBe(width * height * 4);
    }
  });

  it('refuses a size that is not whole pixels', () => {
    const image = testPicture(10, 10);
    expect(() => cropResample(image, { x: 0, y: 0, width: 10, height: 10 }, 5.5, 5)).toThrow(/whole pixels/);
    expect(() => cropResample(image, { x: 0, y: 0, width: 10, height: 10 }, 0, 5)).toThrow(/whole pixels/);
  });

  it('copies a crop at its own size pixel for pixel', () => {
    const image = testPicture(64, 48);
    const out = cropResample(image, { x: 8, y: 5, width: 30, height: 20 }, 30, 20);
    for (let y = 0; y < 20; y++) {
      const row = image.data.subarray(((y + 5) * 64 + 8) * 4, ((y + 5) * 64 + 38) * 4);
      expect(out.data.subarray(y * 30 * 4, (y + 1) * 30 * 4)).toEqual(row);
    }
  });

  it('reads only the part it needs, yet gives what resampling the whole image would', () => {
    const image = testPicture(300, 200);
    const rect = { x: 120, y: 40, width: 150, height: 100 };
    const whole = resample(
      image,
      100,
      67,
      { start: rect.x, step: rect.width / 100 },
      { start: rect.y, step: rect.height / 67 },
    );
    expect(cropResample(image, rect, 100, 67).data).toEqual(whole.data);
  });

  it('shrinks by the whole part of a reduction of 2× or more with a box: 2× is each 2×2 block’s mean', () => {
    const image = testPicture(64, 48);
    const out = cropResample(image, { x: 8, y: 6, width: 40, height: 30 }, 20, 15);
    for (const [x, y] of [
      [0, 0],
      [7, 3],
      [19, 14],
    ] as const) {
      for (let c = 0; c < 4; c++) {
        const at = (px: number, py: number) => image.data[((6 + py) * 64 + 8 + px) * 4 + c]!;
        const mean =
          (at(2 * x, 2 * y) + at(2 * x + 1, 2 * y) + at(2 * x, 2 * y + 1) + at(2 * x + 1, 2 * y + 1)) / 4;
        expect(Math.abs(out.data[(y * 20 + x) * 4 + c]! - mean)).toBeLessThanOrEqual(0.5);
      }
    }
    const flat = { data: new Uint8ClampedArray(400 * 300 * 4).fill(91), width: 400, height: 300 };
    const reduced = cropResample(flat, { x: 13, y: 7, width: 350, height: 280 }, 103, 61);
    expect(new Set(reduced.data)).toEqual(new Set([91]));
  });

  it('matches sharp cropping and resizing the same region with Lanczos-3 under 2×', async () => {
    const image = testPicture(400, 300);
    const rect = { x: 40, y: 30, width: 300, height: 200 };
    const ours = cropResample(image, rect, 200, 133);
    const theirs = await sharp(Buffer.from(image.data), { raw: { width: 400, height: 300, channels: 4 } })
      .extract({ left: rect.x, top: rect.y, width: rect.width, height: rect.height })
      .resize(200, 133, { fit: 'fill', kernel: 'lanczos3' })
      .raw()
      .toBuffer();
    // Away from the crop's edge (sharp cannot see past an extracted region; we read the real neighbours).
    let worst = 0;
    let total = 0;
    let count = 0;
    for (let y = 4; y < 129; y++) {
      for (let x = 4; x < 196; x++) {
        for (let c = 0; c < 3; c++) {
          const i = (y * 200 + x) * 4 + c;
          const off = Math.abs(ours.data[i]! - theirs[i]!);
          worst = Math.max(worst, off);
          total += off;
          count++;
        }
      }
    }
    // libvips rounds the sub-pixel phase of its filters: a few hard-edged pixels differ more.
    expect(total / count).toBeLessThan(0.25);
    expect(worst).toBeLessThanOrEqual(16);
  });
});

describe('padImage', () => {
  it('puts the picture at its place on a transparent canvas, pixel for pixel', () => {
    const image = testPicture(20, 10);
    const out = padImage(image, { width: 32, height: 48 }, { x: 6, y: 17 }, { width: 20, height: 10 });
    expect([out.width, out.height]).toEqual([32, 48]);
    const at = (x: number, y: number) =>
      Array.from(out.data.subarray((y * 32 + x) * 4, (y * 32 + x) * 4 + 4));
    expect(at(0, 0)).toEqual([0, 0, 0, 0]);
    expect(at(6, 16)[3]).toBe(0);
    expect(at(6, 17)).toEqual(Array.from(image.data.subarray(0, 4)));
    expect(at(25, 26)).toEqual(Array.from(image.data.subarray((9 * 20 + 19) * 4, (9 * 20 + 20) * 4)));
    expect(at(26, 26)[3]).toBe(0);
  });

  it('scales the picture down to its placed size first', () => {
    const out = padImage(
      testPicture(40, 20),
      { width: 32, height: 32 },
      { x: 0, y: 11 },
      { width: 20, height: 10 },
    );
    expect(out.data[(11 * 32 + 19) * 4 + 3]).toBe(255);
    expect(out.data[(11 * 32 + 20) * 4 + 3]).toBe(0);
    expect(out.data[(21 * 32 + 0) * 4 + 3]).toBe(0);
  });
});

describe('showWhereTransparent', () => {
  it('shows the result whole where the source has no picture, and leaves opaque pixels alone', () => {
    const source = {
      data: Uint8ClampedArray.from([0, 0, 0, 0, 9, 9, 9, 255, 9, 9, 9, 128]),
      width: 3,
      height: 1,
    };
    expect(Array.from(showWhereTransparent(Uint8ClampedArray.from([40, 40, 40]), source))).toEqual([
      255, 40, 147,
    ]);
  });
});
