import type { Sharp } from 'sharp';
import type { OutputFormat } from '../../../catalog/index.ts';

export const CONTENT_TYPES: Record<OutputFormat, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
};

/** The extension a stored path gets for each format. */
export const EXTENSIONS: Record<OutputFormat, string> = { png: 'png', jpeg: 'jpg', webp: 'webp' };

/** The default quality when a lossy format is asked for without `output_compression`. */
const DEFAULT_QUALITY = 85;

/** Encodes in the asked format; `compression` (0-100, higher = better) is the lossy quality. */
export function encodeImage(image: Sharp, format: OutputFormat, compression?: number): Promise<Buffer> {
  const quality = Math.min(100, Math.max(1, compression ?? DEFAULT_QUALITY));
  if (format === 'jpeg') return image.jpeg({ quality }).toBuffer();
  if (format === 'webp') return image.webp({ quality }).toBuffer();
  return image.png().toBuffer();
}
