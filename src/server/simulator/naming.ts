import { randomBytes } from 'node:crypto';

/** `2025_01_15_10_30_15_001`: the timestamp 1min.ai asset paths start with (UTC). */
export function assetTimestamp(date = new Date()): string {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return [
    date.getUTCFullYear(),
    pad(date.getUTCMonth() + 1),
    pad(date.getUTCDate()),
    pad(date.getUTCHours()),
    pad(date.getUTCMinutes()),
    pad(date.getUTCSeconds()),
    pad(date.getUTCMilliseconds(), 3),
  ].join('_');
}

/** A name safe in a path: lower-case letters, digits and underscores, never empty. */
export function safeName(text: string, fallback: string): string {
  const cleaned = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40)
    .replace(/_+$/, '');
  return cleaned || fallback;
}

/** `development/images/<timestamp>_<id>_<safe name>.<ext>`, like the real asset paths. */
export function newAssetPath(name: string, extension: string, fallback = 'image'): string {
  return `development/images/${assetTimestamp()}_${randomBytes(4).toString('hex')}_${safeName(name, fallback)}.${extension}`;
}
