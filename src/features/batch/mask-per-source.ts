import * as z from 'zod/mini';
import type { MaskDocument } from '../mask/index.ts';

/** A rectangle as fractions (0..1) of the image's width and height, so it means the same on every source. */
const START = { error: 'The rectangle must start inside the image, between 0 and 100 %.' };
const EXTENT = { error: 'The rectangle needs a width and a height above 0 and at most 100 %.' };
export const RelativeRect = z
  .object({
    x: z.number(START).check(z.minimum(0, START), z.maximum(1, START)),
    y: z.number(START).check(z.minimum(0, START), z.maximum(1, START)),
    width: z.number(EXTENT).check(z.positive(EXTENT), z.maximum(1, EXTENT)),
    height: z.number(EXTENT).check(z.positive(EXTENT), z.maximum(1, EXTENT)),
  })
  .check(
    z.refine((rect) => rect.x + rect.width <= 1 + 1e-9 && rect.y + rect.height <= 1 + 1e-9, {
      error: 'The rectangle must stay inside the image.',
    }),
  );
export type RelativeRect = z.infer<typeof RelativeRect>;

/** How each source of an inpaint batch gets its mask: one saved selection, made per source. */
export const MaskSelection = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('whole') }),
  z.object({ kind: z.literal('rect'), rect: RelativeRect }),
  z.object({ kind: z.literal('transparency') }),
]);
export type MaskSelection = z.infer<typeof MaskSelection>;

/**
 * The selection as a mask document for a source of this size. For `transparency` the caller
 * brings the source's own mask (made from its pixels in the mask worker).
 */
export function maskForSource(
  selection: MaskSelection,
  size: { width: number; height: number },
  transparent?: MaskDocument,
): MaskDocument {
  switch (selection.kind) {
    case 'whole':
      return [{ type: 'fill' }];
    case 'rect': {
      const { rect } = selection;
      return [
        {
          type: 'rect',
          x: rect.x * size.width,
          y: rect.y * size.height,
          width: rect.width * size.width,
          height: rect.height * size.height,
          erase: false,
        },
      ];
    }
    case 'transparency':
      return transparent ?? [];
  }
}
