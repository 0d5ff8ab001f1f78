import { FULL } from './coverage-stats.ts';
import type { MaskOp, RasterOp, RectOp } from './ops.ts';
import { paintStroke } from './paint-stroke.ts';
import { fillPolygon } from './pixels/polygon-fill.ts';

/** An operation drawn from its own geometry, with no stored pixels or whole-mask filter. */
export type ShapeOp = Exclude<MaskOp, RasterOp>;

/**
 * Replays one shape operation onto a coverage buffer of width×height. Kept apart from the
 * raster operations (regions, grow, feather) so the page's live coverage figure loads only this.
 */
export function applyShapeOp(coverage: Uint8ClampedArray, width: number, height: number, op: ShapeOp): void {
  switch (op.type) {
    case 'brush':
    case 'erase':
      return paintStroke(coverage, width, height, op);
    case 'rect':
      return paintRect(coverage, width, height, op);
    case 'polygon':
      return fillPolygon(coverage, width, height, op.points, op.erase ? 0 : FULL);
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
