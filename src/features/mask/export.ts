import type { MaskOp } from './ops.ts';
import { readPngSize } from './png-size.ts';
import { maskToRgba, rasterizeMask } from './rasterize.ts';

/**
 * The mask as the PNG the inpainter receives: replayed from the document at scale 1 on a
 * canvas of exactly the source's natural size (never read from the on-screen stage, whose
 * size and zoom are the screen's), opaque white = edit, black = keep.
 */
export async function exportMaskPng(ops: readonly MaskOp[], width: number, height: number): Promise<Blob> {
  const pixels = new ImageData(maskToRgba(rasterizeMask(ops, width, height), width, height), width, height);
  const blob = await encodePng(pixels);
  const size = readPngSize(new Uint8Array(await blob.arrayBuffer()));
  if (!size || size.width !== width || size.height !== height) {
    const got = size ? `${size.width}×${size.height}` : 'no readable PNG';
    throw new Error(`The mask came out as ${got} instead of ${width}×${height}; it was not sent.`);
  }
  return blob;
}

async function encodePng(pixels: ImageData): Promise<Blob> {
  const { width, height } = pixels;
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    try {
      const context = canvas.getContext('2d');
      if (!context) throw new Error('This browser could not draw the mask (no 2D canvas).');
      context.putImageData(pixels, 0, 0);
      return await canvas.convertToBlob({ type: 'image/png' });
    } finally {
      release(canvas);
    }
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  try {
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser could not draw the mask (no 2D canvas).');
    context.putImageData(pixels, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) =>
          blob ? resolve(blob) : reject(new Error('This browser could not encode the mask as PNG.')),
        'image/png',
      ),
    );
  } finally {
    release(canvas);
  }
}

/** Frees the canvas's pixel memory now rather than at garbage collection (Safari counts it). */
function release(canvas: OffscreenCanvas | HTMLCanvasElement): void {
  canvas.width = 0;
  canvas.height = 0;
}
