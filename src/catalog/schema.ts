import * as z from 'zod/mini';
import { BACKGROUNDS, MODES, OUTPUT_FORMATS, PROVIDER_IDS, QUALITIES } from './vocabulary.ts';

/**
 * The catalog's zod schemas, for data that crosses a boundary (requests, answers, imports,
 * history). The first screen imports none of them, only types: `catalog/index.ts` re-exports
 * the types and the plain lists (vocabulary.ts), so zod stays out of the first file; import the
 * schemas from here.
 */
export const ProviderId = z.enum(PROVIDER_IDS);
export type ProviderId = z.infer<typeof ProviderId>;

export const Mode = z.enum(MODES);
export type Mode = z.infer<typeof Mode>;

export const Quality = z.enum(QUALITIES);
export type Quality = z.infer<typeof Quality>;

export const OutputFormat = z.enum(OUTPUT_FORMATS);
export type OutputFormat = z.infer<typeof OutputFormat>;

export const Background = z.enum(BACKGROUNDS);
export type Background = z.infer<typeof Background>;

/**
 * What the studio asks for, independent of any provider's spelling. Fields a model does not
 * take are ignored by its request builder; the catalog says which apply.
 */
export const JobSettings = z.object({
  prompt: z.string(),
  size: z.string(),
  quality: Quality,
  n: z.int(),
  background: Background,
  outputFormat: OutputFormat,
  outputCompression: z.int(),
});
export type JobSettings = z.infer<typeof JobSettings>;

/** A pixel size in the upstream's `WxH` spelling, e.g. `1536x1024`. */
export const PixelSizeText = z
  .string()
  .check(z.regex(/^\d{1,5}x\d{1,5}$/, 'Size must be written as WxH, e.g. 1024x1024'));

/**
 * 1min.ai's price per megapixel of output for one entry and quality (see credits.ts): learned
 * from the account's own charges, or the server's prior, an upper bound.
 */
export const MegapixelPrice = z.object({
  perMegapixel: z.number().check(z.positive()),
  /** Learned from the account's charges; false for the server's prior (an upper bound). */
  learned: z.boolean(),
});
export type MegapixelPrice = z.infer<typeof MegapixelPrice>;

/** Prices by catalog entry id, then by quality (every quality). */
export const MegapixelPrices = z.record(z.string(), z.record(Quality, MegapixelPrice));
export type MegapixelPrices = z.infer<typeof MegapixelPrices>;
