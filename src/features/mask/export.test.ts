// Tests run in Node; sharp and zlib are independent judges of the bytes written here.
// eslint-disable-next-line no-restricted-imports
import sharp from 'sharp';
// eslint-disable-next-line no-restricted-imports
import { crc32 as nodeCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exportMaskPng } from './export.ts';
import type { MaskOp } from './ops.ts';
import { encodeGreyPng } from './pixels/grey-png.ts';
import { readPngSize } from './png-size.ts';
import { rasterizeMask } from './rasterize.ts';

/** The start of a PNG: signature and IHDR chunk declaring width × height (enough to read its size). */
function pngHeader(width: number, height: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

describe('readPngSize', () => {
  it('reads the size from the IHDR chunk', () => {
    expect(readPngSize(pngHeader(1000, 750))).toEqual({ width: 1000, height: 750 });
    expect(readPngSize(pngHeader(70000, 3))).toEqual({ width: 70000, height: 3 });
  });

  it('returns null for anything that is not a PNG', () => {
    expect(readPngSize(new Uint8Array(40))).toBeNull();
    expect(readPngSize(pngHeader(4, 4).subarray(0, 20))).toBeNull();
    const jpegish = pngHeader(4, 4);
    jpegish[0] = 0xff;
    expect(readPngSize(jpegish)).toBeNull();
  });
});

/**
 * What a PNG says about itself, judged independently of the encoder: each chunk's CRC by
 * node:zlib, the pixels by sharp (first channel; it widens 1-bit grey to 0/255).
 */
async function decodePng(png: Uint8Array): Promise<{
  width: number;
  height: number;
  depth: number;
  colourType: number;
  grey: Uint8Array;
}> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    expect(view.getUint32(at + 8 + length)).toBe(nodeCrc32(png.subarray(at + 4, at + 8 + length)));
    at += 12 + length;
  }
  const { data, info } = await sharp(png).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return {
    width: info.width,
    height: info.height,
    depth: png[24] as number,
    colourType: png[25] as number,
    grey: new Uint8Array(data),
  };
}

/** Deterministic 0/255 pixels, about half of each, in runs as a mask has them. */
function hardPixels(width: number, height: number): Uint8Array {
  const grey = new Uint8Array(width * height);
  for (let i = 0; i < grey.length; i++) grey[i] = ((i * 2654435761) >>> 0) % 7 < 3 ? 255 : 0;
  return grey;
}

describe('exportMaskPng', () => {
  it('is a one-channel PNG of exactly the source size, white where painted', async () => {
    const ops: MaskOp[] = [{ type: 'rect', x: 0, y: 0, width: 2, height: 3, erase: false }];
    const blob = await exportMaskPng(ops, 5, 3);
    expect(blob.type).toBe('image/png');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(readPngSize(bytes)).toEqual({ width: 5, height: 3 });
    const { colourType, depth, grey } = await decodePng(bytes);
    expect([colourType, depth]).toEqual([0, 1]);
    expect([...grey]).toEqual([255, 255, 0, 0, 0, 255, 255, 0, 0, 0, 255, 255, 0, 0, 0]);
  });

  it('keeps the grey of a soft edge', async () => {
    const ops: MaskOp[] = [{ type: 'brush', points: [10, 10, 30, 12], size: 16, softness: 0.6 }];
    const { depth, grey } = await decodePng(
      new Uint8Array(await (await exportMaskPng(ops, 41, 23)).arrayBuffer()),
    );
    expect(depth).toBe(8);
    expect(grey).toEqual(new Uint8Array(rasterizeMask(ops, 41, 23)));
  });
});

describe('encodeGreyPng', () => {
  it.each([
    [1, 1],
    [7, 3],
    [8, 4],
    [9, 5],
    [13, 1],
    [1, 13],
    [64, 6],
    [37, 23],
  ])('writes a mask of only 0 and 255 at 1 bit per pixel, exactly, at %i×%i', async (width, height) => {
    const grey = hardPixels(width, height);
    const decoded = await decodePng(await encodeGreyPng(grey, width, height));
    expect([decoded.width, decoded.height, decoded.colourType, decoded.depth]).toEqual([width, height, 0, 1]);
    expect(decoded.grey).toEqual(grey);
  });

  it('writes a 1×1 white and a 1×1 black pixel', async () => {
    for (const value of [0, 255]) {
      const decoded = await decodePng(await encodeGreyPng(new Uint8Array([value]), 1, 1));
      expect([decoded.depth, ...decoded.grey]).toEqual([1, value]);
    }
  });

  it.each([0, 17 * 3 + 12, 17 * 5 + 6, 17 * 11 - 1])(
    'keeps 8 bits for a single grey pixel (at %i)',
    async (at) => {
      const grey = hardPixels(17, 11);
      grey[at] = 128;
      const decoded = await decodePng(await encodeGreyPng(grey, 17, 11));
      expect(decoded.depth).toBe(8);
      expect(decoded.grey).toEqual(grey);
    },
  );

  it('round-trips flat, ramped and noisy greys at an odd size', async () => {
    const width = 37;
    const height = 23;
    const grey = new Uint8Array(width * height);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        grey[y * width + x] = y < 8 ? 200 : y < 16 ? (x * 7) & 0xff : (x * 73 + y * 151) % 251;
      }
    }
    const decoded = await decodePng(await encodeGreyPng(grey, width, height));
    expect([decoded.width, decoded.height, decoded.colourType, decoded.depth]).toEqual([width, height, 0, 8]);
    expect(decoded.grey).toEqual(grey);
  });

  it('reads the pixels of a view into a larger buffer, not the buffer from its start', async () => {
    const backing = new Uint8ClampedArray(3 + 9 * 2).fill(128);
    const grey = backing.subarray(3);
    grey.set(hardPixels(9, 2));
    const decoded = await decodePng(await encodeGreyPng(grey, 9, 2));
    expect(decoded.depth).toBe(1);
    expect(decoded.grey).toEqual(new Uint8Array(grey));
  });

  it('refuses pixels that do not make the size', async () => {
    await expect(encodeGreyPng(new Uint8Array(5), 2, 2)).rejects.toThrow(/2×2/);
  });
});
