import * as z from 'zod/mini';

/** The vocabulary every catalog entry, store and wire module shares. */
export const ProviderId = z.enum(['onemin', 'gptimageapi']);
export type ProviderId = z.infer<typeof ProviderId>;

export const Mode = z.enum(['generate', 'edit', 'inpaint']);
export type Mode = z.infer<typeof Mode>;

export const Quality = z.enum(['low', 'medium', 'high']);
export type Quality = z.infer<typeof Quality>;

export const OutputFormat = z.enum(['png', 'jpeg', 'webp']);
export type OutputFormat = z.infer<typeof OutputFormat>;

export const Background = z.enum(['auto', 'opaque', 'preserve', 'transparent', 'white', 'black']);
export type Background = z.infer<typeof Background>;

export const PROMPT_MAX_CHARS = 4000;
export const N_MIN = 1;
export const N_MAX = 10;

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
