import type { CatalogEntry } from './entries.ts';
import type { JobSettings, OutputFormat } from './schema.ts';
import {
  checkGptImage2Size,
  parseAspectRatio,
  parsePixelSize,
  snapGptImage2Size,
  type PixelSize,
} from './sizes.ts';

export type SettingsField = keyof JobSettings;

/** One broken rule: which field, the rule's id, and a sentence that says what to do. */
export type SettingsIssue = { field: SettingsField; rule: string; message: string };

export function initialSettings(entry: CatalogEntry, prompt = ''): JobSettings {
  return {
    prompt,
    size: entry.size.initial,
    quality: entry.quality.initial,
    n: entry.n.default,
    background: entry.background?.initial ?? 'auto',
    outputFormat: entry.outputFormat?.initial ?? 'png',
    outputCompression: entry.outputCompression?.initial ?? 85,
  };
}

/** Whether `output_compression` means anything for this entry with this format. */
export function compressionApplies(entry: CatalogEntry, format: OutputFormat): boolean {
  return !!entry.outputCompression && entry.outputCompression.formats.includes(format);
}

export function checkSize(entry: CatalogEntry, size: string): SettingsIssue[] {
  const spec = entry.size;
  if (spec.kind === 'aspect') {
    return spec.options.includes(size)
      ? []
      : [
          {
            field: 'size',
            rule: 'aspect-options',
            message: `Aspect ratio must be one of ${spec.options.join(', ')}.`,
          },
        ];
  }
  if (spec.kind === 'fixed') {
    return spec.options.includes(size)
      ? []
      : [
          {
            field: 'size',
            rule: 'size-options',
            message: `${entry.model} only makes ${spec.options.join(', ')}; pick one of those.`,
          },
        ];
  }
  const parsed = parsePixelSize(size);
  if (!parsed) {
    return [
      { field: 'size', rule: 'size-format', message: 'Write the size as width x height, e.g. 1536x1024.' },
    ];
  }
  return checkGptImage2Size(parsed).map((v) => ({ field: 'size', rule: v.rule, message: v.message }));
}

/** Every rule of the entry that the settings break; empty means the request may be sent. */
export function validateSettings(entry: CatalogEntry, settings: JobSettings): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  const prompt = settings.prompt.trim();
  if (!prompt)
    issues.push({ field: 'prompt', rule: 'prompt-required', message: 'Describe the image in the prompt.' });
  if (settings.prompt.length > entry.promptMax) {
    issues.push({
      field: 'prompt',
      rule: 'prompt-length',
      message: `The prompt is ${settings.prompt.length.toLocaleString('en-US')} characters; the limit is ${entry.promptMax.toLocaleString('en-US')}. Shorten it.`,
    });
  }
  issues.push(...checkSize(entry, settings.size));
  if (!entry.quality.values.includes(settings.quality)) {
    issues.push({
      field: 'quality',
      rule: 'quality-options',
      message: `Quality must be one of ${entry.quality.values.join(', ')}.`,
    });
  }
  if (!Number.isInteger(settings.n) || settings.n < entry.n.min || settings.n > entry.n.max) {
    issues.push({
      field: 'n',
      rule: 'n-range',
      message: `Variations must be a whole number from ${entry.n.min} to ${entry.n.max}.`,
    });
  }
  const bg = entry.background;
  if (bg) {
    if (!bg.values.includes(settings.background)) {
      issues.push({
        field: 'background',
        rule: 'background-options',
        message: `Background must be one of ${bg.values.join(', ')} for ${entry.model}.`,
      });
    } else if (
      bg.pngOnly.includes(settings.background) &&
      entry.outputFormat &&
      settings.outputFormat !== 'png'
    ) {
      issues.push({
        field: 'background',
        rule: 'transparent-needs-png',
        message: `A ${settings.background} background needs PNG output; switch the format to PNG or pick another background.`,
      });
    }
  }
  if (entry.outputFormat && !entry.outputFormat.values.includes(settings.outputFormat)) {
    issues.push({
      field: 'outputFormat',
      rule: 'format-options',
      message: `Format must be one of ${entry.outputFormat.values.join(', ')}.`,
    });
  }
  const comp = entry.outputCompression;
  if (comp && compressionApplies(entry, settings.outputFormat)) {
    const c = settings.outputCompression;
    if (!Number.isInteger(c) || c < comp.min || c > comp.max) {
      issues.push({
        field: 'outputCompression',
        rule: 'compression-range',
        message: `Compression must be a whole number from ${comp.min} to ${comp.max}.`,
      });
    }
  }
  return issues;
}

/**
 * Settings carried over to another entry (a model switch): every value the new entry does
 * not take is replaced by the nearest one it does, so the form never holds an invalid pick.
 */
export function adaptSettings(
  entry: CatalogEntry,
  settings: JobSettings,
  sourceSize?: PixelSize,
): JobSettings {
  const next = { ...settings };
  if (checkSize(entry, next.size).length > 0) next.size = preferredSize(entry, sourceSize, next.size);
  if (!entry.quality.values.includes(next.quality)) next.quality = entry.quality.initial;
  next.n = Math.min(entry.n.max, Math.max(entry.n.min, Math.round(next.n) || entry.n.default));
  if (entry.background && !entry.background.values.includes(next.background))
    next.background = entry.background.initial;
  if (entry.outputFormat && !entry.outputFormat.values.includes(next.outputFormat))
    next.outputFormat = entry.outputFormat.initial;
  // A field the previous entry ignored may hold anything; make the pair and the range valid too.
  if (
    entry.background?.pngOnly.includes(next.background) &&
    entry.outputFormat &&
    next.outputFormat !== 'png'
  ) {
    next.background = entry.background.initial;
  }
  const comp = entry.outputCompression;
  if (comp) {
    const rounded = Math.round(next.outputCompression);
    next.outputCompression = Number.isFinite(rounded)
      ? Math.min(comp.max, Math.max(comp.min, rounded))
      : comp.initial;
  }
  return next;
}

/**
 * The output size that best keeps a source's (or a previous size's or aspect ratio's) aspect
 * ratio within the entry's rules; the first choice offered for edit and inpaint.
 */
export function preferredSize(entry: CatalogEntry, sourceSize?: PixelSize, previous?: string): string {
  const spec = entry.size;
  const reference = sourceSize ? shapeOfPixels(sourceSize) : previous ? shapeOf(previous) : null;
  if (!reference) return spec.initial;
  if (spec.kind === 'custom') {
    // An aspect ratio names no area, so it keeps the entry's initial size's.
    const pixels = reference.pixels ?? shapeOf(spec.initial)?.pixels ?? 0;
    const snapped = snapGptImage2Size(reference.aspect, pixels);
    return `${snapped.width}x${snapped.height}`;
  }
  const candidates = spec.options.map((option) => {
    const ratio = shapeOf(option)?.aspect ?? 1;
    return { option, distance: Math.abs(Math.log(ratio / reference.aspect)) };
  });
  candidates.sort((a, b) => a.distance - b.distance);
  return candidates[0]?.option ?? spec.initial;
}

type Shape = { aspect: number; pixels?: number };

function shapeOfPixels({ width, height }: PixelSize): Shape {
  return { aspect: width / height, pixels: width * height };
}

/** What a size text says about shape: `1536x1024` gives ratio and area, `16:9` the ratio only. */
function shapeOf(text: string): Shape | null {
  const size = parsePixelSize(text);
  if (size) return size.width > 0 && size.height > 0 ? shapeOfPixels(size) : null;
  const aspect = parseAspectRatio(text);
  return aspect ? { aspect } : null;
}
