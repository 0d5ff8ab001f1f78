import type { Background, OutputFormat } from '../../../catalog/index.ts';

export const BACKGROUND_LABELS: Record<Background, string> = {
  auto: 'Auto',
  opaque: 'Opaque',
  preserve: 'Preserve source',
  transparent: 'Transparent',
  white: 'White',
  black: 'Black',
};

export const FORMAT_LABELS: Record<OutputFormat, string> = {
  png: 'PNG',
  jpeg: 'JPEG',
  webp: 'WebP',
};

/** "JPEG and WebP", "PNG, JPEG and WebP". */
export function listFormats(formats: readonly OutputFormat[]): string {
  const names = formats.map((format) => FORMAT_LABELS[format]);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
