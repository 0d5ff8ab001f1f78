import * as z from 'zod/mini';

const Point = z.number();

/** Fields shared by brush and erase strokes; every length is in image pixels. */
const strokeFields = {
  /** Flat x,y pairs along the stroke. */
  points: z.array(Point).check(z.minLength(2)),
  /** Diameter. */
  size: z.number().check(z.positive()),
  /** 0 = hard edge (only 0/255 in the export), 1 = the whole radius fades out. */
  softness: z._default(z.number().check(z.minimum(0), z.maximum(1)), 0),
  /** One pen pressure (0..1) per point, present only when a pen drew the stroke. */
  pressures: z.optional(z.array(z.number().check(z.minimum(0), z.maximum(1)))),
};

const strokeIsWellFormed = (stroke: { points: number[]; pressures?: number[] | undefined }) =>
  stroke.points.length % 2 === 0 &&
  (stroke.pressures === undefined || stroke.pressures.length === stroke.points.length / 2);
const strokeMessage = 'points must be x,y pairs, with one pressure per point when pressures are given';

export const BrushOp = z
  .object({ type: z.literal('brush'), ...strokeFields })
  .check(z.refine(strokeIsWellFormed, strokeMessage));
export const EraseOp = z
  .object({ type: z.literal('erase'), ...strokeFields })
  .check(z.refine(strokeIsWellFormed, strokeMessage));
export const RectOp = z.object({
  type: z.literal('rect'),
  x: z.number(),
  y: z.number(),
  width: z.number().check(z.nonnegative()),
  height: z.number().check(z.nonnegative()),
  /** true removes the rectangle from the mask instead of adding it. */
  erase: z.boolean(),
});
/**
 * A closed outline filled with the non-zero rule (lasso and polygon tools). Alt-drawn ones
 * cut the outline out of the mask instead.
 */
export const PolygonOp = z
  .object({ type: z.literal('polygon'), points: z.array(Point).check(z.minLength(6)), erase: z.boolean() })
  .check(z.refine((op) => op.points.length % 2 === 0, 'points must be x,y pairs'));
/**
 * A region of coverage computed once from pixels the document does not hold (the wand on the
 * source, the source's transparency, an imported PNG), stored so replay never needs them:
 * width×height coverage bytes, zlib-deflated, base64. `combine` says how it meets the mask.
 */
export const RegionCombine = z.enum(['add', 'subtract', 'replace']);
export type RegionCombine = z.infer<typeof RegionCombine>;
export const RegionOp = z.object({
  type: z.literal('region'),
  width: z.int().check(z.positive()),
  height: z.int().check(z.positive()),
  data: z.string(),
  combine: RegionCombine,
  /** What made it, for the user's eyes only (history, tooltips). */
  origin: z.enum(['wand', 'alpha', 'import']),
});
/** Grows (radius > 0) or shrinks (radius < 0) the whole mask by |radius| pixels. */
export const GrowOp = z.object({ type: z.literal('grow'), radius: z.int() });
/** Softens every edge of the mask into a grey ramp about `radius` pixels wide on each side. */
export const FeatherOp = z.object({ type: z.literal('feather'), radius: z.int().check(z.positive()) });
export const FillOp = z.object({ type: z.literal('fill') });
export const ClearOp = z.object({ type: z.literal('clear') });
export const InvertOp = z.object({ type: z.literal('invert') });

/** One step of the mask document, in image pixel coordinates. */
export const MaskOp = z.discriminatedUnion('type', [
  BrushOp,
  EraseOp,
  RectOp,
  PolygonOp,
  RegionOp,
  GrowOp,
  FeatherOp,
  FillOp,
  ClearOp,
  InvertOp,
]);
export type MaskOp = z.infer<typeof MaskOp>;
export type StrokeOp = Extract<MaskOp, { type: 'brush' | 'erase' }>;
export type RectOp = z.infer<typeof RectOp>;
export type PolygonOp = z.infer<typeof PolygonOp>;
export type RegionOp = z.infer<typeof RegionOp>;

/** Operations on the whole raster, which the editor cannot draw as Konva shapes (see mask-renderer.ts). */
export type RasterOp = Extract<MaskOp, { type: 'region' | 'grow' | 'feather' }>;
export type ShapeOp = Exclude<MaskOp, RasterOp>;
export const isRasterOp = (op: MaskOp): op is RasterOp =>
  op.type === 'region' || op.type === 'grow' || op.type === 'feather';

/** The mask is the replay of these operations, in order, over an empty (all keep) image. */
export const MaskDocument = z.array(MaskOp);
export type MaskDocument = z.infer<typeof MaskDocument>;

/**
 * Drops what a later fill or clear makes invisible, so the document (and the saved draft)
 * does not grow with history nobody can see. Kept ops are the same objects.
 */
export function compactDocument(ops: readonly MaskOp[]): MaskDocument {
  for (let i = ops.length - 1; i >= 0; i--) {
    const type = ops[i]?.type;
    if (type === 'clear') return ops.slice(i + 1);
    if (type === 'fill') return ops.slice(i);
    const op = ops[i];
    if (op?.type === 'region' && op.combine === 'replace') return ops.slice(i);
  }
  return ops.slice();
}

/**
 * Whether a drawn operation can change any pixel of a width×height image: a click or drag
 * wholly outside the image is not worth an undo step.
 */
export function touchesImage(op: MaskOp, width: number, height: number): boolean {
  const overlaps = (left: number, top: number, right: number, bottom: number) =>
    right > 0 && bottom > 0 && left < width && top < height;
  switch (op.type) {
    case 'brush':
    case 'erase':
      return overlaps(...bounds(op.points, op.size / 2));
    case 'polygon':
      return overlaps(...bounds(op.points, 0));
    case 'rect':
      return op.width > 0 && op.height > 0 && overlaps(op.x, op.y, op.x + op.width, op.y + op.height);
    default:
      return true;
  }
}

function bounds(points: readonly number[], pad: number): [number, number, number, number] {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (let i = 0; i + 1 < points.length; i += 2) {
    const x = points[i] as number;
    const y = points[i + 1] as number;
    left = Math.min(left, x);
    right = Math.max(right, x);
    top = Math.min(top, y);
    bottom = Math.max(bottom, y);
  }
  return [left - pad, top - pad, right + pad, bottom + pad];
}
