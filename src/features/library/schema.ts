import * as z from 'zod/mini';
import { JobSettings } from '../../catalog/schema.ts';

/** A prompt saved under a name, optionally with the settings it was saved with. */
export const SavedPrompt = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.trim(), z.minLength(1, 'A saved prompt needs a name.')),
  prompt: z.string().check(z.trim(), z.minLength(1, 'A saved prompt cannot be empty.')),
  tags: z.array(z.string().check(z.trim(), z.minLength(1))),
  settings: z.optional(JobSettings),
  /** Milliseconds since the epoch. */
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type SavedPrompt = z.infer<typeof SavedPrompt>;

/** A prompt as the user last ran it; the text is its key, so running it again moves it up. */
export const RecentPrompt = z.object({ prompt: z.string().check(z.minLength(1)), usedAt: z.number() });
export type RecentPrompt = z.infer<typeof RecentPrompt>;

/** The JSON file a library is exported to and imported from. */
export const LibraryFile = z.object({
  format: z.literal('image-studio-prompt-library'),
  version: z.literal(1),
  prompts: z.array(SavedPrompt),
});
export type LibraryFile = z.infer<typeof LibraryFile>;
