import type { Background, Mode, OutputFormat, ProviderId, Quality } from './schema.ts';
import { N_MAX, N_MIN, OUTPUT_FORMATS, PROMPT_MAX_CHARS, QUALITIES } from './vocabulary.ts';

/**
 * The model catalog: one entry per (provider, model, feature) of the seeds in
 * `shared/seeds/`, with each parameter's allowed values and defaults as the seed gives them.
 * `default` is what the upstream assumes when the field is left out (absent where the seed
 * gives none); `initial` is what the studio starts a fresh form with (the seed's playground).
 */
export type SizeSpec =
  | { kind: 'custom'; rules: 'gpt-image-2'; initial: string }
  | { kind: 'fixed'; options: readonly string[]; default: string; initial: string }
  | { kind: 'aspect'; options: readonly string[]; initial: string };

export type Param<T> = { values: readonly T[]; required: boolean; default?: T; initial: T };

export type CatalogEntry = {
  id: string;
  provider: ProviderId;
  model: string;
  mode: Mode;
  label: string;
  seed: string;
  /** 1min.ai's feature `type`, or gptimageapi.dev's route. */
  upstream:
    | { kind: 'onemin'; type: 'IMAGE_GENERATOR' | 'IMAGE_EDITOR' | 'IMAGE_INPAINTER' }
    | { kind: 'gptimageapi'; route: 'images/edit' };
  needsSource: boolean;
  needsMask: boolean;
  promptMax: number;
  size: SizeSpec;
  quality: Param<Quality>;
  n: { min: number; max: number; required: boolean; default: number };
  background?: Param<Background> & { pngOnly: readonly Background[] };
  outputFormat?: Param<OutputFormat>;
  outputCompression?: {
    min: number;
    max: number;
    default?: number;
    initial: number;
    formats: readonly OutputFormat[];
  };
  /** Credits per image by quality, where the provider publishes a price. */
  creditsPerImage?: Record<Quality, number>;
};

const gptImage2Common = {
  provider: 'onemin',
  model: 'gpt-image-2',
  promptMax: PROMPT_MAX_CHARS,
  size: { kind: 'custom', rules: 'gpt-image-2', initial: '1024x1024' },
  quality: { values: QUALITIES, required: true, initial: 'medium' },
  n: { min: N_MIN, max: N_MAX, required: false, default: 1 },
  background: { values: ['auto', 'opaque'], required: false, default: 'auto', initial: 'auto', pngOnly: [] },
  outputFormat: { values: OUTPUT_FORMATS, required: false, initial: 'png' },
} as const satisfies Partial<CatalogEntry>;

const compressionForLossy = { min: 0, max: 100, initial: 85, formats: ['jpeg', 'webp'] } as const;

export const CATALOG: readonly CatalogEntry[] = [
  {
    ...gptImage2Common,
    id: 'onemin:gpt-image-2:generate',
    mode: 'generate',
    label: 'GPT Image 2 · 1min.ai',
    seed: '001_c84de4f357750804.txt',
    upstream: { kind: 'onemin', type: 'IMAGE_GENERATOR' },
    needsSource: false,
    needsMask: false,
    outputCompression: compressionForLossy,
  },
  {
    ...gptImage2Common,
    id: 'onemin:gpt-image-2:edit',
    mode: 'edit',
    label: 'GPT Image 2 · 1min.ai',
    seed: '000_8d7dab230b0b5012.txt',
    upstream: { kind: 'onemin', type: 'IMAGE_EDITOR' },
    needsSource: true,
    needsMask: false,
    outputCompression: compressionForLossy,
  },
  {
    ...gptImage2Common,
    id: 'onemin:gpt-image-2:inpaint',
    mode: 'inpaint',
    label: 'GPT Image 2 · 1min.ai',
    seed: '003_b48a55bc82098a61.txt',
    upstream: { kind: 'onemin', type: 'IMAGE_INPAINTER' },
    needsSource: true,
    needsMask: true,
  },
  {
    id: 'onemin:gpt-image-1-mini:edit',
    provider: 'onemin',
    model: 'gpt-image-1-mini',
    mode: 'edit',
    label: 'GPT Image 1 Mini · 1min.ai',
    seed: '002_4307ccd406c4223b.txt',
    upstream: { kind: 'onemin', type: 'IMAGE_EDITOR' },
    needsSource: true,
    needsMask: false,
    promptMax: PROMPT_MAX_CHARS,
    size: {
      kind: 'fixed',
      options: ['1024x1024', '1024x1536', '1536x1024'],
      default: '1024x1024',
      initial: '1024x1024',
    },
    quality: { values: QUALITIES, required: false, default: 'medium', initial: 'medium' },
    n: { min: N_MIN, max: N_MAX, required: true, default: 1 },
    background: {
      values: ['auto', 'preserve', 'transparent', 'white', 'black'],
      required: false,
      default: 'auto',
      initial: 'auto',
      pngOnly: ['transparent'],
    },
    outputFormat: { values: OUTPUT_FORMATS, required: false, default: 'png', initial: 'png' },
    outputCompression: { ...compressionForLossy, default: 85 },
  },
  {
    id: 'gptimageapi:gpt-image-2:edit',
    provider: 'gptimageapi',
    model: 'gpt-image-2',
    mode: 'edit',
    label: 'GPT Image 2 · gptimageapi.dev',
    seed: '004_babe2f6ca83d3a53.txt',
    upstream: { kind: 'gptimageapi', route: 'images/edit' },
    needsSource: true,
    needsMask: false,
    promptMax: PROMPT_MAX_CHARS,
    size: { kind: 'aspect', options: ['1:1', '4:3', '16:9', '9:21', '1:2', '2:1'], initial: '1:1' },
    quality: { values: QUALITIES, required: false, initial: 'medium' },
    n: { min: N_MIN, max: N_MAX, required: false, default: 1 },
    creditsPerImage: { low: 4, medium: 8, high: 16 },
  },
];

export const PROVIDER_LABELS: Record<ProviderId, string> = {
  onemin: '1min.ai',
  gptimageapi: 'gptimageapi.dev',
};

export function getEntry(id: string): CatalogEntry | undefined {
  return CATALOG.find((entry) => entry.id === id);
}

export function entriesForMode(mode: Mode): CatalogEntry[] {
  return CATALOG.filter((entry) => entry.mode === mode);
}

/** The 1min.ai entry a `/api/features` body names by `type` and `model`. */
export function findOneminEntry(type: string, model: string): CatalogEntry | undefined {
  return CATALOG.find(
    (entry) => entry.upstream.kind === 'onemin' && entry.upstream.type === type && entry.model === model,
  );
}
