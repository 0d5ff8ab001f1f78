import * as z from 'zod/mini';
import {
  compressionApplies,
  findOneminEntry,
  formatPixelSize,
  parsePixelSize,
  validateSettings,
  type CatalogEntry,
  type JobSettings,
  type SettingsField,
} from '../../catalog/index.ts';
import { Background, OutputFormat, PixelSizeText, Quality } from '../../catalog/schema.ts';

/** Where each studio setting goes in 1min.ai's `promptObject`. */
const WIRE_KEYS: Record<SettingsField, string> = {
  prompt: 'prompt',
  size: 'size',
  quality: 'quality',
  n: 'n',
  background: 'background',
  outputFormat: 'output_format',
  outputCompression: 'output_compression',
};

function promptObjectShape(entry: CatalogEntry) {
  const optionalUnless = <T extends z.ZodMiniType>(schema: T, required: boolean) =>
    required ? schema : z.optional(schema);
  return {
    ...(entry.needsSource
      ? { imageUrl: z.string().check(z.minLength(1, 'imageUrl must name the source asset')) }
      : {}),
    ...(entry.needsMask
      ? { maskUrl: z.string().check(z.minLength(1, 'maskUrl must name the mask asset')) }
      : {}),
    prompt: z.string(),
    // The wire takes only the seeds' `WxH`; the catalog's rules then say which sizes.
    size: entry.size.kind === 'custom' ? PixelSizeText : z.string(),
    quality: optionalUnless(Quality, entry.quality.required),
    n: optionalUnless(z.int(), entry.n.required),
    ...(entry.background ? { background: z.optional(Background) } : {}),
    ...(entry.outputFormat ? { output_format: z.optional(OutputFormat) } : {}),
    ...(entry.outputCompression ? { output_compression: z.optional(z.int()) } : {}),
  };
}

/**
 * The zod schema of one entry's `/api/features` body, taken from its seed: unknown fields
 * are refused, and every catalog rule (size rules, ranges, PNG-only backgrounds) is checked.
 */
export function oneminFeatureRequestSchema(entry: CatalogEntry) {
  if (entry.upstream.kind !== 'onemin') throw new Error(`${entry.id} is not a 1min.ai feature`);
  return z
    .strictObject({
      type: z.literal(entry.upstream.type),
      model: z.literal(entry.model),
      promptObject: z.strictObject(promptObjectShape(entry)),
    })
    .check(
      z.superRefine((body, ctx) => {
        const po = body.promptObject as Record<string, unknown>;
        const settings = wireToSettings(entry, po);
        for (const issue of validateSettings(entry, settings)) {
          ctx.addIssue({
            code: 'custom',
            message: issue.message,
            path: ['promptObject', WIRE_KEYS[issue.field]],
          });
        }
        if (po.output_compression !== undefined && !compressionApplies(entry, settings.outputFormat)) {
          ctx.addIssue({
            code: 'custom',
            message: 'output_compression only applies when output_format is jpeg or webp.',
            path: ['promptObject', 'output_compression'],
          });
        }
      }),
    );
}

export type OneminFeatureRequest = z.infer<ReturnType<typeof oneminFeatureRequestSchema>>;

function wireToSettings(entry: CatalogEntry, po: Record<string, unknown>): JobSettings {
  return {
    prompt: String(po.prompt ?? ''),
    size: String(po.size ?? ''),
    quality:
      (po.quality as JobSettings['quality'] | undefined) ?? entry.quality.default ?? entry.quality.initial,
    n: typeof po.n === 'number' ? po.n : entry.n.default,
    background:
      (po.background as JobSettings['background'] | undefined) ?? entry.background?.default ?? 'auto',
    outputFormat:
      (po.output_format as JobSettings['outputFormat'] | undefined) ?? entry.outputFormat?.default ?? 'png',
    outputCompression:
      typeof po.output_compression === 'number'
        ? po.output_compression
        : (entry.outputCompression?.initial ?? 0),
  };
}

export type RequestCheck<T> = { ok: true; entry: CatalogEntry; body: T } | { ok: false; message: string };

/** Parses an untrusted `/api/features` body against the catalog entry its `type` and `model` name. */
export function parseOneminFeatureRequest(body: unknown): RequestCheck<OneminFeatureRequest> {
  const head = z.object({ type: z.string(), model: z.string() }).safeParse(body);
  if (!head.success) return { ok: false, message: 'The request must name a feature type and a model.' };
  const entry = findOneminEntry(head.data.type, head.data.model);
  if (!entry) {
    return {
      ok: false,
      message: `1min.ai ${head.data.type} with model ${head.data.model} is not in the studio's catalog.`,
    };
  }
  const parsed = oneminFeatureRequestSchema(entry).safeParse(body, inEnglish());
  if (!parsed.success) return { ok: false, message: describeIssues(parsed.error) };
  return { ok: true, entry, body: parsed.data };
}

/**
 * Parse options that word zod's own issues in English. `zod/mini` ships no messages by default;
 * only the proxy parses requests, so the browser bundle leaves the locale out.
 */
export function inEnglish(): { error: z.core.$ZodErrorMap } {
  return { error: z.locales.en().localeError };
}

/** A zod error as sentences: custom rule messages as they are, others prefixed by their field. */
export function describeIssues(error: z.core.$ZodError): string {
  const lines = error.issues.map((issue) => {
    if (issue.code === 'custom') return issue.message;
    const field = issue.path.join('.') || 'body';
    return `${field}: ${issue.message}`;
  });
  return [...new Set(lines)].join(' ');
}

/** Builds the seed's request body for an entry from the studio's settings. */
export function buildOneminFeatureRequest(
  entry: CatalogEntry,
  settings: JobSettings,
  assets: { imageUrl?: string; maskUrl?: string } = {},
): OneminFeatureRequest {
  if (entry.upstream.kind !== 'onemin') throw new Error(`${entry.id} is not a 1min.ai feature`);
  const promptObject: Record<string, unknown> = {};
  if (entry.needsSource) promptObject.imageUrl = assets.imageUrl;
  if (entry.needsMask) promptObject.maskUrl = assets.maskUrl;
  promptObject.prompt = settings.prompt;
  const pixels = parsePixelSize(settings.size);
  promptObject.size = pixels ? formatPixelSize(pixels) : settings.size;
  promptObject.quality = settings.quality;
  promptObject.n = settings.n;
  if (entry.background) promptObject.background = settings.background;
  if (entry.outputFormat) promptObject.output_format = settings.outputFormat;
  if (compressionApplies(entry, settings.outputFormat))
    promptObject.output_compression = settings.outputCompression;
  return { type: entry.upstream.type, model: entry.model, promptObject } as OneminFeatureRequest;
}
