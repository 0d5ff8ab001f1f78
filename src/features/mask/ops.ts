import * as z from 'zod/mini';

/**
 * What the exported mask means to the model: white = edit, black = keep (the 1min.ai
 * inpainter's convention). The only place the polarity is decided.
 */
export const MASK_POLARITY = { edit: 255, keep: 0 } as const;

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
export const FillOp = z.object({ type: z.literal('fill') });
export const ClearOp = z.object({ type: z.literal('clear') });
export const InvertOp = z.object({ type: z.literal('invert') });

/** One step of the mask document, in image pixel coordinates. */
export const MaskOp = z.discriminatedUnion('type', [BrushOp, EraseOp, RectOp, FillOp, ClearOp, InvertOp]);
export type MaskOp = z.infer<typeof MaskOp>;
export type StrokeOp = Extract<MaskOp, { type: 'brush' | 'erase' }>;
export type RectOp = z.infer<typeof RectOp>;

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
  }
  return ops.slice();
}
