import { unzlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportMaskPng } from './export.ts';
import type { MaskOp } from './ops.ts';
import { encodeGreyPng } from './pixels/grey-png.ts';
import { readPngSize } from './png-size.ts';

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
 * A minimal decoder for what encodeGreyPng writes (8-bit grey, filters None/Sub/Up), checking
 * every chunk's CRC-free structure on the way; the e2e specs decode the real uploads with sharp.
 */
function decodeGreyPng(png: Uint8Array): {
  width: number;
  height: number;
  colourType: number;
  grey: Uint8Array;
} {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let at = 8;
  let width = 0;
  let height = 0;
  let colourType = -1;
  const idat: Uint8Array[] = [];
  while (at < png.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      colourType = data[9] as number;
    }
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = unzlibSync(Uint8Array.from(idat.flatMap((part) => [...part])));
  const grey = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (width + 1)];
    for (let x = 0; x < width; x++) {
      const value = raw[y * (width + 1) + 1 + x] as number;
      const left = x > 0 ? (grey[y * width + x - 1] as number) : 0;
      const above = y > 0 ? (grey[(y - 1) * width + x] as number) : 0;
      grey[y * width + x] = (value + (filter === 1 ? left : filter === 2 ? above : 0)) & 0xff;
    }
  }
  return { width, height, colourType, grey };
}

describe('exportMaskPng', () => {
  it('is a one-channel PNG of exactly the source size, white where painted', async () => {
    const ops: MaskOp[] = [{ type: 'rect', x: 0, y: 0, width: 2, height: 3, erase: false }];
    const blob = await exportMaskPng(ops, 5, 3);
    expect(blob.type).toBe('image/png');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(readPngSize(bytes)).toEqual({ width: 5, height: 3 });
    const { colourType, grey } = decodeGreyPng(bytes);
    expect(colourType).toBe(0);
    expect([...grey]).toEqual([255, 255, 0, 0, 0, 255, 255, 0, 0, 0, 255, 255, 0, 0, 0]);
  });
});

describe('encodeGreyPng', () => {
  it('round-trips flat, ramped and noisy greys at an odd size', () => {
    const width = 37;
    const height = 23;
    const grey = new Uint8Array(width * height);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        grey[y * width + x] = y < 8 ? 200 : y < 16 ? (x * 7) & 0xff : (x * 73 + y * 151) % 251;
      }
    }
    const decoded = decodeGreyPng(encodeGreyPng(grey, width, height));
    expect([decoded.width, decoded.height, decoded.colourType]).toEqual([width, height, 0]);
    expect(decoded.grey).toEqual(grey);
  });

  it('refuses pixels that do not make the size', () => {
    expect(() => encodeGreyPng(new Uint8Array(5), 2, 2)).toThrow(/2×2/);
  });
});
