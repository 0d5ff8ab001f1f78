import { writePsdUint8Array } from 'ag-psd';
import { describe, expect, it } from 'vitest';
import { flatten } from './flatten.ts';
import { createRgba, type RgbaImage } from './pixels.ts';
import { BASE_LAYER_NAME, readLayeredPsd, writeLayeredPsd, type PsdPicture } from './psd.ts';

const W = 16;
const H = 8;

/** A picture with some structure, so a shifted or flipped layer would not pass. */
function gradient(seed: number): RgbaImage {
  const image = createRgba(W, H);
  for (let i = 0; i < W * H; i++)
    image.data.set([(i * seed) % 256, (i * 7 + seed) % 256, (seed * 31) % 256, 255], i * 4);
  return image;
}

function boxMask(left: number, top: number, right: number, bottom: number, value = 255): Uint8ClampedArray {
  const mask = new Uint8ClampedArray(W * H);
  for (let y = top; y < bottom; y++) for (let x = left; x < right; x++) mask[y * W + x] = value;
  return mask;
}

const layers: PsdPicture[] = [
  { name: 'sky, brighter', opacity: 1, visible: true, pixels: gradient(3), mask: boxMask(0, 0, 8, 4) },
  { name: 'hands', opacity: 0.5, visible: false, pixels: gradient(11), mask: boxMask(6, 2, 16, 8, 180) },
  { name: 'whole edit', opacity: 0.75, visible: true, pixels: gradient(5), mask: null },
];

describe('PSD', () => {
  it('written then read gives the same base, layers and composite', () => {
    const base = gradient(1);
    const bytes = writeLayeredPsd({ width: W, height: H, base, layers });
    const read = readLayeredPsd(bytes);
    expect(read.notices).toEqual([]);
    expect([read.width, read.height]).toEqual([W, H]);
    expect(read.base.data).toEqual(base.data);
    expect(read.layers.map(({ name, opacity, visible }) => ({ name, opacity, visible }))).toEqual(
      layers.map(({ name, opacity, visible }) => ({ name, opacity, visible })),
    );
    read.layers.forEach((layer, i) => {
      const written = layers[i]!;
      expect(layer.mask).toEqual(written.mask);
      // Where a layer shows, its colour is kept exactly; where it does not, colour means nothing.
      for (let p = 0; p < W * H; p++) {
        if ((written.mask?.[p] ?? 255) === 0) continue;
        expect(Array.from(layer.pixels.data.subarray(p * 4, p * 4 + 4))).toEqual(
          Array.from(written.pixels.data.subarray(p * 4, p * 4 + 4)),
        );
      }
    });
    const composite = (image: { base: RgbaImage; layers: PsdPicture[] }) =>
      flatten(
        image.base,
        image.layers.filter((l) => l.visible),
      ).data;
    expect(composite(read)).toEqual(composite({ base, layers }));
  });

  it('names the bottom layer like Photoshop and trims the layers to what they change', () => {
    const bytes = writeLayeredPsd({ width: W, height: H, base: gradient(1), layers: layers.slice(0, 1) });
    const untrimmed = writePsdUint8Array({
      width: W,
      height: H,
      children: [
        { name: 'x', imageData: gradient(1) },
        { name: 'y', imageData: gradient(3) },
      ],
    });
    expect(bytes.length).toBeLessThan(untrimmed.length + 2 * W * H * 4);
    expect(readLayeredPsd(bytes).layers[0]!.name).toBe('sky, brighter');
    expect(BASE_LAYER_NAME).toBe('Background');
  });

  it('opens groups out, bakes a multiply layer over its backdrop, and says so', () => {
    const base = createRgba(W, H);
    base.data.fill(200);
    const grey = createRgba(W, H);
    grey.data.fill(128);
    for (let i = 3; i < base.data.length; i += 4) base.data[i] = grey.data[i] = 255;
    const bytes = writePsdUint8Array({
      width: W,
      height: H,
      children: [
        { name: 'paper', imageData: base },
        { name: 'group', children: [{ name: 'shade', imageData: grey, blendMode: 'multiply' }] },
      ],
    });
    const read = readLayeredPsd(bytes);
    expect(read.notices.join(' ')).toMatch(/Groups were opened out/);
    expect(read.notices.join(' ')).toMatch(/baked.*multiply/);
    expect(read.layers).toHaveLength(1);
    // 200 × 128 / 255 ≈ 100: the multiply's look, now drawn as Normal.
    expect(read.layers[0]!.pixels.data[0]).toBe(100);
  });

  it('starts from white paper when the bottom layer is not an opaque picture', () => {
    const bytes = writeLayeredPsd({ width: W, height: H, base: gradient(1), layers });
    const read = readLayeredPsd(bytes);
    const reread = readLayeredPsd(
      writePsdUint8Array({
        width: W,
        height: H,
        children: [{ name: 'only', imageData: { width: W, height: H, data: withHole(gradient(2)) } }],
      }),
    );
    expect(read.layers).toHaveLength(3);
    expect(reread.base.data.every((v) => v === 255)).toBe(true);
    expect(reread.layers.map((l) => l.name)).toEqual(['only']);
  });
});

function withHole(image: RgbaImage): Uint8ClampedArray {
  const data = image.data.slice();
  data[3] = 0;
  return data;
}
