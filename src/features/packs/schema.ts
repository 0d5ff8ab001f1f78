import * as z from 'zod/mini';

/** The largest side a target may have: beyond it no channel asks, and the zip would be huge. */
export const MAX_TARGET_SIDE = 8192;

/** One deliverable: a name and an exact pixel size. */
export const PackTarget = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.trim(), z.minLength(1, 'A target needs a name.')),
  width: z.int().check(z.positive(), z.lte(MAX_TARGET_SIDE)),
  height: z.int().check(z.positive(), z.lte(MAX_TARGET_SIDE)),
});
export type PackTarget = z.infer<typeof PackTarget>;

/** A list of targets saved under a name, kept like the prompt library (and in the backup). */
export const SavedPack = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.trim(), z.minLength(1, 'A pack needs a name.')),
  targets: z.array(PackTarget).check(z.minLength(1, 'A pack needs at least one target.')),
  /** Milliseconds since the epoch. */
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type SavedPack = z.infer<typeof SavedPack>;
