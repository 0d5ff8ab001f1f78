import { z } from 'zod';
import {
  Quality,
  getEntry,
  validateSettings,
  type CatalogEntry,
  type JobSettings,
} from '../../catalog/index.ts';
import { describeIssues, type RequestCheck } from '../onemin/request.ts';

export const GPTIMAGEAPI_EDIT_ENTRY_ID = 'gptimageapi:gpt-image-2:edit';

/** `image`: a URL the provider can fetch, or a base64 data URL of a PNG, JPEG or WebP. */
export const GptImageApiImageRef = z
  .string()
  .refine(
    (value) =>
      /^https?:\/\/\S+$/i.test(value) || /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/.test(value),
    'image must be an http(s) URL or a base64 data URL of a PNG, JPEG or WebP image.',
  );

export const GptImageApiEditRequest = z
  .strictObject({
    prompt: z.string(),
    image: GptImageApiImageRef,
    model: z.literal('gpt-image-2').optional(),
    size: z.string().optional(),
    quality: Quality.optional(),
    n: z.number().int().optional(),
  })
  .superRefine((body, ctx) => {
    const entry = editEntry();
    const settings: JobSettings = {
      prompt: body.prompt,
      size: body.size ?? entry.size.initial,
      quality: body.quality ?? entry.quality.initial,
      n: body.n ?? entry.n.default,
      background: 'auto',
      outputFormat: 'png',
      outputCompression: 0,
    };
    for (const issue of validateSettings(entry, settings)) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: [issue.field] });
    }
  });
export type GptImageApiEditRequest = z.infer<typeof GptImageApiEditRequest>;

function editEntry(): CatalogEntry {
  const entry = getEntry(GPTIMAGEAPI_EDIT_ENTRY_ID);
  if (!entry) throw new Error('catalog lacks the gptimageapi.dev edit entry');
  return entry;
}

export function parseGptImageApiEditRequest(body: unknown): RequestCheck<GptImageApiEditRequest> {
  const parsed = GptImageApiEditRequest.safeParse(body);
  if (!parsed.success) return { ok: false, message: describeIssues(parsed.error) };
  return { ok: true, entry: editEntry(), body: parsed.data };
}

export function buildGptImageApiEditRequest(settings: JobSettings, image: string): GptImageApiEditRequest {
  return {
    prompt: settings.prompt,
    image,
    model: 'gpt-image-2',
    size: settings.size,
    quality: settings.quality,
    n: settings.n,
  };
}
