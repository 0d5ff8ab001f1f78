import { applyShapeOp } from './apply-shape.ts';
import { FULL } from './coverage-stats.ts';
import type { MaskOp, RegionOp } from './ops.ts';
import { MASK_POLARITY } from './polarity.ts';
import { featherMask } from './pixels/feather.ts';
import { growMask } from './pixels/morphology.ts';
import { decodeRegion } from './pixels/region-codec.ts';

function assertSize(width: number, height: number): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new RangeError(`A mask needs a positive whole-pixel size, not ${width}×${height}`);
  }
}

/**
 * The mask document as pixels, without a DOM: coverage 0..255 per pixel (255 = fully
 * painted), replayed at scale 1 on exactly width×height. Export, thumbnails and tests all
 * use this one renderer. A pixel belongs to a shape when its centre does, so hard edges give
 * only 0 and 255; soft strokes fade over `softness` × radius inside their edge.
 */
export function rasterizeMask(
  ops: readonly MaskOp[],
  width: number,
  height: number,
): Uint8ClampedArray<ArrayBuffer> {
  assertSize(width, height);
  const coverage = new Uint8ClampedArray(width * height);
  // Nothing before the last fill, clear or replacing region can show, so start there.
  let start = 0;
  for (let i = ops.length - 1; i >= 0 && start === 0; i--) {
    const op = ops[i];
    if (op?.type === 'fill' || op?.type === 'clear' || (op?.type === 'region' && op.combine === 'replace')) {
      start = i;
    }
  }
  for (let i = start; i < ops.length; i++) applyMaskOp(coverage, width, height, ops[i] as MaskOp);
  return coverage;
}

/** Replays one operation onto an existing coverage buffer of width×height. */
export function applyMaskOp(coverage: Uint8ClampedArray, width: number, height: number, op: MaskOp): void {
  switch (op.type) {
    case 'region':
      return applyRegion(coverage, width, height, op);
    case 'grow':
      return growMask(coverage, width, height, op.radius);
    case 'feather':
      return featherMask(coverage, width, height, op.radius);
    default:
      return applyShapeOp(coverage, width, height, op);
  }
}

/**
 * A stored region, combined with the mask over the part both cover (top-left aligned: a
 * region is made at the document's size, so in practice that is all of it).
 */
function applyRegion(coverage: Uint8ClampedArray, width: number, height: number, op: RegionOp): void {
  const region = decodeRegion(op.data, op.width * op.height);
  const rows = Math.min(height, op.height);
  const columns = Math.min(width, op.width);
  for (let y = 0; y < rows; y++) {
    const to = y * width;
    const from = y * op.width;
    if (op.combine === 'replace') {
      coverage.set(region.subarray(from, from + columns), to);
      continue;
    }
    for (let x = 0; x < columns; x++) {
      const value = region[from + x] as number;
      const current = coverage[to + x] as number;
      if (op.combine === 'add') {
        if (value > current) coverage[to + x] = value;
      } else if (FULL - value < current) coverage[to + x] = FULL - value;
    }
  }
  if (op.combine === 'replace') {
    // Whatever the region does not reach is unmasked, as a replaced mask would be.
    for (let y = 0; y < height; y++) {
      if (y < rows) coverage.fill(0, y * width + columns, (y + 1) * width);
      else coverage.fill(0, y * width, (y + 1) * width);
    }
  }
}

/**
 * The exported grey per pixel: coverage mapped through the mask polarity (white = edit). While
 * white is full coverage and black none, that is the coverage itself: a view of the same memory,
 * not a copy (a 4K mask is 8 MB to go through).
 */
export function maskToGrey(
  coverage: Uint8ClampedArray<ArrayBuffer>,
  width: number,
  height: number,
): Uint8Array<ArrayBuffer> {
  assertSize(width, height);
  if (coverage.length !== width * height) {
    throw new RangeError(`Coverage holds ${coverage.length} pixels, not ${width}×${height}`);
  }
  const { edit, keep } = MASK_POLARITY;
  if (edit === FULL && keep === 0)
    return new Uint8Array(coverage.buffer, coverage.byteOffset, coverage.length);
  const table = new Uint8Array(256);
  for (let c = 0; c < 256; c++) table[c] = Math.round(keep + ((edit - keep) * c) / FULL);
  const grey = new Uint8Array(width * height);
  for (let i = 0; i < coverage.length; i++) grey[i] = table[coverage[i] as number] as number;
  return grey;
}
