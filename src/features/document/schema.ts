import * as z from 'zod/mini';

/**
 * The document: one image being worked on, as data. Pixels live in the content-addressed blob
 * store (blob-store.ts); everything here refers to them by hash, so an undo step costs a few
 * bytes whatever the image size.
 */

/** SHA-256 of a stored blob's bytes, hex. */
export const BlobHash = z.string().check(z.regex(/^[0-9a-f]{64}$/));
export type BlobHash = z.infer<typeof BlobHash>;

/** Where an accepted layer came from. */
export const LayerOrigin = z.object({
  kind: z.enum(['inpaint', 'edit', 'psd', 'merge']),
  jobId: z.optional(z.string()),
  imageId: z.optional(z.string()),
});
export type LayerOrigin = z.infer<typeof LayerOrigin>;

/**
 * How much of a picture shows: `pixels` is an opaque image at the document's size; `mask` a grey
 * PNG of the same size (0 hides, 255 shows, the feather baked in), or null for all of it.
 * Alpha lives in the mask only, so decoding never loses colour to premultiplication.
 */
const pictureFields = {
  pixels: BlobHash,
  mask: z.nullable(BlobHash),
  /** The feather radius the mask was softened with, in image pixels (0: none). */
  feather: z.number().check(z.nonnegative()),
};

/** An accepted edit: immutable, so the undo history keeps references, never pixels. */
export const Layer = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  ...pictureFields,
  opacity: z.number().check(z.minimum(0), z.maximum(1)),
  visible: z.boolean(),
  origin: LayerOrigin,
});
export type Layer = z.infer<typeof Layer>;

/** A result of an edit or inpaint, waiting on top of the document to be accepted or discarded. */
export const Candidate = z.object({
  /** The result image's id (`jobId/index`), unique across the studio. */
  id: z.string().check(z.minLength(1)),
  jobId: z.string(),
  kind: z.enum(['inpaint', 'edit']),
  /** The layer name it gets when accepted: the job's prompt. */
  name: z.string(),
  ...pictureFields,
});
export type Candidate = z.infer<typeof Candidate>;

/** What an undo step restores: the base, the layers bottom to top, and the waiting candidates. */
export const DocumentContent = z.object({
  base: BlobHash,
  layers: z.array(Layer),
  candidates: z.array(Candidate),
});
export type DocumentContent = z.infer<typeof DocumentContent>;

/** One open document as it is kept in IndexedDB, with its own undo and redo. */
export const DocumentRecord = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  width: z.int().check(z.positive()),
  height: z.int().check(z.positive()),
  createdAt: z.number(),
  content: DocumentContent,
  past: z.array(DocumentContent),
  future: z.array(DocumentContent),
  /** The candidate on show (an index into content.candidates). */
  shown: z.int().check(z.nonnegative()),
  /** Jobs whose results were already offered here: each is offered once, whatever became of it. */
  staged: z.array(z.string()),
  /** A 1min.ai asset path holding the base's bytes (a result opened as a document). */
  assetPath: z.optional(z.string()),
  /** The history image the base was taken from, for the lineage. */
  fromImageId: z.optional(z.string()),
  /** The file's own size when it was scaled down to fit the models' limits. */
  scaledFrom: z.optional(z.object({ width: z.int(), height: z.int() })),
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;
