import { megapixels, snapGptImage2Size, formatPixelSize, type PixelSize } from '../../../catalog/index.ts';

/** Width and height as typed, even when the pair breaks the rules (e.g. `1000x1000`). */
export function splitSize(size: string): PixelSize {
  const [width = '', height = ''] = size.split('x');
  return { width: toNumber(width), height: toNumber(height) };
}

function toNumber(text: string): number {
  const value = Number(text);
  return Number.isFinite(value) ? value : 0;
}

export function joinSize({ width, height }: PixelSize): string {
  return `${width}x${height}`;
}

/** "1.57 MP". */
export function formatMegapixels(size: PixelSize): string {
  return `${megapixels(size).toFixed(2)} MP`;
}

/** "3:2" for simple ratios, "1.78:1" otherwise. */
export function formatRatio({ width, height }: PixelSize): string {
  if (width <= 0 || height <= 0) return '—';
  const divisor = gcd(width, height);
  const w = width / divisor;
  const h = height / divisor;
  if (w <= 32 && h <= 32) return `${w}:${h}`;
  return width >= height ? `${(width / height).toFixed(2)}:1` : `1:${(height / width).toFixed(2)}`;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** The valid size closest to the typed shape and area. */
export function snapTyped(size: PixelSize): string {
  return formatPixelSize(snapGptImage2Size(size.width / size.height, size.width * size.height));
}

/** "Square", "Portrait" or "Landscape" for a fixed `WxH` option. */
export function orientation({ width, height }: PixelSize): string {
  if (width === height) return 'Square';
  return width > height ? 'Landscape' : 'Portrait';
}
