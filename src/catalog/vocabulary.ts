/**
 * The vocabulary every catalog entry, store and wire module shares, as plain lists: the first
 * screen reads these, and the zod schemas built from them (schema.ts) stay out of its file.
 */
export const PROVIDER_IDS = ['onemin', 'gptimageapi'] as const;
export const MODES = ['generate', 'edit', 'inpaint'] as const;
export const QUALITIES = ['low', 'medium', 'high'] as const;
export const OUTPUT_FORMATS = ['png', 'jpeg', 'webp'] as const;
export const BACKGROUNDS = ['auto', 'opaque', 'preserve', 'transparent', 'white', 'black'] as const;

export const PROMPT_MAX_CHARS = 4000;
export const N_MIN = 1;
export const N_MAX = 10;
