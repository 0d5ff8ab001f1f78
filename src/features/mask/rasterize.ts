import { MASK_POLARITY, type MaskOp, type RectOp } from './ops.ts';
import { paintStroke } from './paint-stroke.ts';

/**
 * The mask document as pixels, without a DOM: coverage 0..255 per pixel (255 = fully
 * painted), replayed at scale 1 on exactly width×height. Export, thumbnails and tests all
 * use this one renderer. A pixel belongs to a shape when its centre does, so hard edges give
 * only 0 and 255; soft strokes fade over `softness` × radius inside their edge.
 */

const FULL = 255;

function assertSize(width: number, height: number): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new RangeError(`A mask needs a positive whole-pixel size, not ${width}×${height}`);
  }
}

export function rasterizeMask(ops: readonly MaskOp[], width: number, height: number): Uint8ClampedArray {
  assertSize(width, height);
  const coverage = new Uint8ClampedArray(width * height);
  // Nothing before the last fill or clear can show, so start there.
  let start = 0;
  for (let i = ops.length - 1; i >= 0 && start === 0; i--) {
    const type = ops[i]?.type;
    if (type === 'fill' || type === 'clear') start = i;
  }
  for (let i = start; i < ops.length; i++) applyMaskOp(coverage, width, height, ops[i] as MaskOp);
  return coverage;
}

/** Replays one operation onto an existing coverage buffer of width×height. */
export function applyMaskOp(coverage: Uint8ClampedArray, width: number, height: number, op: MaskOp): void {
  switch (op.type) {
    case 'brush':
    case 'erase':
      return paintStroke(coverage, width, height, op);
    case 'rect':
      return paintRect(coverage, width, height, op);
    case 'fill':
      coverage.fill(FULL);
      return;
    case 'clear':
      coverage.fill(0);
      return;
    case 'invert':
      for (let i = 0; i < coverage.length; i++) coverage[i] = FULL - (coverage[i] as number);
      return;
  }
}

function paintRect(coverage: Uint8ClampedArray, width: number, height: number, op: RectOp): void {
  // Pixel p is inside when x <= p + 0.5 < x + width.
  const left = Math.max(0, Math.ceil(op.x - 0.5));
  const right = Math.min(width, Math.ceil(op.x + op.width - 0.5));
  const top = Math.max(0, Math.ceil(op.y - 0.5));
  const bottom = Math.min(height, Math.ceil(op.y + op.height - 0.5));
  if (left >= right) return;
  const value = op.erase ? 0 : FULL;
  for (let y = top; y < bottom; y++) coverage.fill(value, y * width + left, y * width + right);
}

/** Opaque RGBA for the exported PNG: grey = coverage mapped through the mask polarity, A = 255. */
export function maskToRgba(
  coverage: Uint8ClampedArray,
  width: number,
  height: number,
): Uint8ClampedArray<ArrayBuffer> {
  assertSize(width, height);
  if (coverage.length !== width * height) {
    throw new RangeError(`Coverage holds ${coverage.length} pixels, not ${width}×${height}`);
  }
  const { edit, keep } = MASK_POLARITY;
  const grey = new Uint8ClampedArray(256);
  for (let c = 0; c < 256; c++) grey[c] = Math.round(keep + ((edit - keep) * c) / FULL);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0, o = 0; i < coverage.length; i++, o += 4) {
    const g = grey[coverage[i] as number] as number;
    rgba[o] = g;
    rgba[o + 1] = g;
    rgba[o + 2] = g;
    rgba[o + 3] = FULL;
  }
  return rgba;
}

export function isMaskEmpty(coverage: Uint8ClampedArray): boolean {
  for (let i = 0; i < coverage.length; i++) if (coverage[i] !== 0) return false;
  return true;
}

/** The painted fraction of the image, 0..1 (a half-covered pixel counts half). */
export function maskCoverage(coverage: Uint8ClampedArray): number {
  if (coverage.length === 0) return 0;
  let sum = 0;
  for (let i = 0; i < coverage.length; i++) sum += coverage[i] as number;
  return sum / (FULL * coverage.length);
}
