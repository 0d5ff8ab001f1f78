import type { MaskOp, RegionCombine, RegionOp } from './ops.ts';
import { rectsFromAlpha } from './pixels/alpha-rects.ts';
import { encodeGreyPng } from './pixels/grey-png.ts';
import { encodeRegion } from './pixels/region-codec.ts';
import { coverageFromAlpha, coverageFromMaskImage, magicWand, type WandOptions } from './pixels/wand.ts';
import { maskToGrey, rasterizeMask } from './rasterize.ts';

/**
 * The mask's heavy pixel work, as plain functions of plain data: the worker runs them off the
 * main thread (src/workers/mask.worker.ts), and the client falls back to calling them here
 * where there is no worker. Results are transferable (typed arrays, ImageBitmaps).
 */

/**
 * The source as the tasks that need its pixels get it: a same-origin URL (an object URL works
 * in the worker too) and a key, so the worker keeps one decoded copy across wand clicks.
 */
export type SourceRef = { key: string; url: string };

async function fetchImage(url: string): Promise<Blob> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the image answered ${response.status}`);
  return response.blob();
}

export type ImportOutcome =
  { kind: 'ok'; op: RegionOp } | { kind: 'size'; width: number; height: number } | { kind: 'unreadable' };

let decoded: { key: string; pixels: ImageData } | null = null;

async function sourcePixels(source: SourceRef): Promise<ImageData> {
  if (decoded?.key === source.key) return decoded.pixels;
  const pixels = await decodeImage(await fetchImage(source.url));
  decoded = { key: source.key, pixels };
  return pixels;
}

async function decodeImage(blob: Blob, size?: { width: number; height: number }): Promise<ImageData> {
  // Straight alpha, no colour management: the wand must see the file's own values.
  const bitmap = await createImageBitmap(blob, {
    premultiplyAlpha: 'none',
    colorSpaceConversion: 'none',
    ...(size ? { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'high' as const } : {}),
  });
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('This browser could not read the image (no 2D canvas).');
    context.drawImage(bitmap, 0, 0);
    return context.getImageData(0, 0, bitmap.width, bitmap.height);
  } finally {
    bitmap.close();
  }
}

const region = (
  coverage: Uint8ClampedArray,
  width: number,
  height: number,
  combine: RegionCombine,
  origin: RegionOp['origin'],
): RegionOp => ({ type: 'region', width, height, data: encodeRegion(coverage), combine, origin });

export const maskTasks = {
  /** Coverage 0..255 per pixel of the document. */
  rasterize: (ops: readonly MaskOp[], width: number, height: number) => rasterizeMask(ops, width, height),

  /** The mask PNG exactly as it is sent: one grey channel (1 bit when hard-edged), white = edit. */
  exportPng: (ops: readonly MaskOp[], width: number, height: number) =>
    encodeGreyPng(maskToGrey(rasterizeMask(ops, width, height), width, height), width, height),

  /** The document drawn in the overlay colour, alpha = coverage, for the editor to show as one image. */
  overlay(ops: readonly MaskOp[], width: number, height: number, rgb: readonly [number, number, number]) {
    const coverage = rasterizeMask(ops, width, height);
    const pixels = new ImageData(width, height);
    const [r, g, b] = rgb;
    for (let i = 0, o = 0; i < coverage.length; i++, o += 4) {
      pixels.data[o] = r;
      pixels.data[o + 1] = g;
      pixels.data[o + 2] = b;
      pixels.data[o + 3] = coverage[i] as number;
    }
    const canvas = new OffscreenCanvas(width, height);
    canvas.getContext('2d')?.putImageData(pixels, 0, 0);
    return canvas.transferToImageBitmap();
  },

  /** The magic wand on the source, as a region operation (its result is stored, not recomputed). */
  async wand(source: SourceRef, options: WandOptions, combine: RegionCombine) {
    const { data, width, height } = await sourcePixels(source);
    return region(magicWand(data, width, height, options), width, height, combine, 'wand');
  },

  /** The source's transparency as the mask (transparent = change), replacing it. */
  async alpha(source: SourceRef) {
    const { data, width, height } = await sourcePixels(source);
    return region(coverageFromAlpha(data), width, height, 'replace', 'alpha');
  },

  /**
   * A source's transparency as shape operations (rectangles of the pixels not fully opaque),
   * for a batch's mask per source: a plain cut-out stays a few operations.
   */
  async transparencyRects(image: Blob, width: number, height: number) {
    const { data } = await decodeImage(image, { width, height });
    const alpha = new Uint8ClampedArray(width * height);
    for (let i = 0; i < alpha.length; i++) alpha[i] = data[i * 4 + 3] as number;
    return rectsFromAlpha(alpha, width, height);
  },

  /**
   * An imported mask PNG as a replacing region. Another size than the source's is refused
   * with both sizes unless `scale` says the user agreed to stretch it.
   */
  async importMask(file: Blob, width: number, height: number, scale: boolean): Promise<ImportOutcome> {
    let pixels: ImageData;
    try {
      pixels = await decodeImage(file);
      if (pixels.width !== width || pixels.height !== height) {
        if (!scale) return { kind: 'size', width: pixels.width, height: pixels.height };
        pixels = await decodeImage(file, { width, height });
      }
    } catch {
      return { kind: 'unreadable' };
    }
    return { kind: 'ok', op: region(coverageFromMaskImage(pixels.data), width, height, 'replace', 'import') };
  },

  /** The source drawn at `at` on a transparent canvas of the target size, as PNG (extend canvas). */
  async padSource(
    source: SourceRef,
    target: { width: number; height: number },
    at: { x: number; y: number },
  ) {
    const bitmap = await createImageBitmap(await fetchImage(source.url));
    try {
      const canvas = new OffscreenCanvas(target.width, target.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('This browser could not draw the extended image (no 2D canvas).');
      context.drawImage(bitmap, at.x, at.y);
      return await canvas.convertToBlob({ type: 'image/png' });
    } finally {
      bitmap.close();
    }
  },
};

export type MaskTasks = typeof maskTasks;
