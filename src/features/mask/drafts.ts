import * as z from 'zod/mini';
import { MaskDocument } from './ops.ts';

/**
 * Mask drafts kept across reloads, one per source image (keyed by the source's content
 * hash or similar). localStorage is small and shared, so only the most recent few are kept,
 * within a character budget.
 */

export const MAX_DRAFTS = 5;
export const MAX_DRAFT_CHARS = 1_500_000;

export const MaskDraft = z.object({ ops: MaskDocument, savedAt: z.number() });
export type MaskDraft = z.infer<typeof MaskDraft>;
export const MaskDrafts = z.record(z.string(), MaskDraft);
export type MaskDrafts = z.infer<typeof MaskDrafts>;

/**
 * The drafts worth saving: non-empty ones, newest first, at most MAX_DRAFTS and within
 * MAX_DRAFT_CHARS of JSON. The draft under `keepKey` (the source on screen) is always kept.
 */
export function boundDrafts(drafts: MaskDrafts, keepKey: string | null): MaskDrafts {
  const entries = Object.entries(drafts)
    .filter(([key, draft]) => draft.ops.length > 0 || key === keepKey)
    .sort(([keyA, a], [keyB, b]) => rank(keyB, b, keepKey) - rank(keyA, a, keepKey));
  const kept: MaskDrafts = {};
  let chars = 0;
  for (const [key, draft] of entries) {
    const size = JSON.stringify(draft).length;
    const isCurrent = key === keepKey;
    if (!isCurrent && (Object.keys(kept).length >= MAX_DRAFTS || chars + size > MAX_DRAFT_CHARS)) continue;
    kept[key] = draft;
    chars += size;
  }
  return kept;
}

const rank = (key: string, draft: MaskDraft, keepKey: string | null) =>
  key === keepKey ? Infinity : draft.savedAt;
