import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportMaskPng } from './export.ts';
import type { MaskOp } from './ops.ts';
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

/** Stands in for the browser's canvas: keeps the pixels put into it and "encodes" a PNG header. */
class FakeOffscreenCanvas {
  static last: FakeOffscreenCanvas | null = null;
  static encodeAs: { width: number; height: number } | null = null;
  pixels: { data: Uint8ClampedArray; width: number; height: number } | null = null;
  constructor(
    public width: number,
    public height: number,
  ) {
    FakeOffscreenCanvas.last = this;
  }
  getContext() {
    return { putImageData: (image: FakeImageData) => (this.pixels = image) };
  }
  async convertToBlob(options: { type: string }) {
    const size = FakeOffscreenCanvas.encodeAs ?? { width: this.width, height: this.height };
    return new Blob([pngHeader(size.width, size.height)], { type: options.type });
  }
}

class FakeImageData {
  constructor(
    public data: Uint8ClampedArray,
    public width: number,
    public height: number,
  ) {}
}

describe('exportMaskPng', () => {
  const ops: MaskOp[] = [{ type: 'rect', x: 0, y: 0, width: 2, height: 3, erase: false }];

  beforeEach(() => {
    FakeOffscreenCanvas.last = null;
    FakeOffscreenCanvas.encodeAs = null;
    vi.stubGlobal('OffscreenCanvas', FakeOffscreenCanvas);
    vi.stubGlobal('ImageData', FakeImageData);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('encodes the replayed mask on a canvas of exactly the source size, then frees it', async () => {
    const blob = await exportMaskPng(ops, 5, 3);
    expect(blob.type).toBe('image/png');
    expect(readPngSize(new Uint8Array(await blob.arrayBuffer()))).toEqual({ width: 5, height: 3 });
    const canvas = FakeOffscreenCanvas.last!;
    expect(canvas.pixels?.width).toBe(5);
    expect(canvas.pixels?.height).toBe(3);
    // Row 0: two white (edit) pixels, then black (keep), all opaque.
    expect([...canvas.pixels!.data.subarray(0, 12)]).toEqual([
      255, 255, 255, 255, 255, 255, 255, 255, 0, 0, 0, 255,
    ]);
    expect(canvas.width).toBe(0);
    expect(canvas.height).toBe(0);
  });

  it('refuses to hand over a PNG whose size is not the source size', async () => {
    FakeOffscreenCanvas.encodeAs = { width: 10, height: 6 };
    await expect(exportMaskPng(ops, 5, 3)).rejects.toThrow('10×6 instead of 5×3');
    expect(FakeOffscreenCanvas.last?.width).toBe(0);
  });
});
