import sharp, { type Sharp } from 'sharp';
import type { PixelSize } from '../../../catalog/index.ts';
import { generatedRaw } from './generate.ts';

/**
 * Source and mask resized alike to the output size, then blended per pixel with generated
 * content G: `source × (1 − m) + G × m`, m = mask luminance / 255. White edits, black keeps
 * the source exactly, grey blends. A transparent mask pixel counts as black (keep).
 */
export async function inpaintedImage(
  source: Buffer,
  mask: Buffer,
  { prompt, size, variation }: { prompt: string; size: PixelSize; variation: number },
): Promise<Sharp> {
  const { width, height } = size;
  const resize = { width, height, fit: 'cover' } as const;
  const [kept, weights, generated] = await Promise.all([
    sharp(source)
      .flatten({ background: '#ffffff' })
      .resize(resize)
      .toColourspace('srgb')
      .removeAlpha()
      .raw()
      .toBuffer(),
    sharp(mask).flatten({ background: '#000000' }).resize(resize).toColourspace('b-w').raw().toBuffer(),
    generatedRaw(prompt, size, variation),
  ]);
  const out = Buffer.alloc(width * height * 3);
  for (let p = 0; p < width * height; p++) {
    const m = weights[p] ?? 0;
    for (let c = 0; c < 3; c++) {
      const i = p * 3 + c;
      out[i] =
        m === 0 ? (kept[i] ?? 0) : Math.round(((kept[i] ?? 0) * (255 - m) + (generated[i] ?? 0) * m) / 255);
    }
  }
  return sharp(out, { raw: { width, height, channels: 3 } });
}
