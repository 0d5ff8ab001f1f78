import type { Mode, OutputFormat, Quality } from '../../../catalog/index.ts';

export const FILE_EXTENSION: Record<OutputFormat, string> = { png: 'png', jpeg: 'jpg', webp: 'webp' };

const PROMPT_SLUG_MAX = 60;

export type ResultNameParts = {
  prompt: string;
  mode: Mode;
  model: string;
  /** As the job asked for it: "1536x1024", "auto" or an aspect ratio such as "16:9". */
  size: string;
  quality?: Quality;
  /** Zero-based position of the image among its job's results; the name counts from 1. */
  index: number;
  /** The format of the bytes being saved, which decides the extension. */
  format: OutputFormat;
};

/**
 * A file name that says what the image is and is safe on every common file system, e.g.
 * `inpaint_gpt-image-2_1536x1024_high_a-red-bicycle-on-a-hill_2.png`.
 */
export function resultFileName({
  prompt,
  mode,
  model,
  size,
  quality,
  index,
  format,
}: ResultNameParts): string {
  const parts = [
    mode,
    slugify(model, 40),
    slugify(size, 20),
    quality,
    slugify(prompt, PROMPT_SLUG_MAX) || 'untitled',
  ];
  return `${parts.filter(Boolean).join('_')}_${index + 1}.${FILE_EXTENSION[format]}`;
}

/** The name of a zip holding several results, e.g. `image-studio_a-red-bicycle_4-images.zip`. */
export function zipFileName({ prompt, count }: { prompt?: string; count: number }): string {
  const slug = prompt ? slugify(prompt, PROMPT_SLUG_MAX) : '';
  return ['image-studio', slug, `${count}-images`].filter(Boolean).join('_') + '.zip';
}

/**
 * Lower-case letters and digits of any script joined by hyphens, accents dropped, cut at a
 * word boundary to at most `max` characters. Nothing a file system could misread survives.
 */
export function slugify(text: string, max: number): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if ([...next].length > max) {
      // A single word longer than the limit is cut rather than dropped.
      if (!slug) slug = [...word].slice(0, max).join('');
      break;
    }
    slug = next;
  }
  return slug;
}
