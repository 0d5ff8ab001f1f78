import * as z from 'zod/mini';
import {
  getEntry,
  initialSettings,
  validateSettings,
  type CatalogEntry,
  type JobSettings,
} from '../../catalog/index.ts';
import { Quality } from '../../catalog/schema.ts';
import { describeIssues, inEnglish, type RequestCheck } from '../onemin/request.ts';

export const GPTIMAGEAPI_EDIT_ENTRY_ID = 'gptimageapi:gpt-image-2:edit';

/** `image`: a URL the provider can fetch, or a base64 data URL of a PNG, JPEG or WebP. */
export const GptImageApiImageRef = z
  .string()
  .check(
    z.refine(
      (value) =>
        /^https?:\/\/\S+$/i.test(value) || /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/.test(value),
      'image must be an http(s) URL or a base64 data URL of a PNG, JPEG or WebP image.',
    ),
  );

function editEntry(): CatalogEntry {
  const entry = getEntry(GPTIMAGEAPI_EDIT_ENTRY_ID);
  if (!entry) throw new Error('catalog lacks the gptimageapi.dev edit entry');
  return entry;
}

const EDIT_ENTRY = editEntry();

export const GptImageApiEditRequest = z
  .strictObject({
    prompt: z.string(),
    image: GptImageApiImageRef,
    model: z.optional(z.literal(EDIT_ENTRY.model)),
    size: z.optional(z.string()),
    quality: z.optional(Quality),
    n: z.optional(z.int()),
  })
  .check(
    z.superRefine((body, ctx) => {
      // What the body leaves out is what the provider assumes: the catalog's starting values.
      const settings: JobSettings = {
        ...initialSettings(EDIT_ENTRY, body.prompt),
        ...(body.size !== undefined ? { size: body.size } : {}),
        ...(body.quality !== undefined ? { quality: body.quality } : {}),
        ...(body.n !== undefined ? { n: body.n } : {}),
      };
      for (const issue of validateSettings(EDIT_ENTRY, settings)) {
        ctx.addIssue({ code: 'custom', message: issue.message, path: [issue.field] });
      }
    }),
  );
export type GptImageApiEditRequest = z.infer<typeof GptImageApiEditRequest>;

export function parseGptImageApiEditRequest(body: unknown): RequestCheck<GptImageApiEditRequest> {
  const parsed = GptImageApiEditRequest.safeParse(body, inEnglish());
  if (!parsed.success) return { ok: false, message: describeIssues(parsed.error) };
  return { ok: true, entry: EDIT_ENTRY, body: parsed.data };
}

export function buildGptImageApiEditRequest(settings: JobSettings, image: string): GptImageApiEditRequest {
  return {
    prompt: settings.prompt,
    image,
    model: EDIT_ENTRY.model,
    size: settings.size,
    quality: settings.quality,
    n: settings.n,
  };
}
