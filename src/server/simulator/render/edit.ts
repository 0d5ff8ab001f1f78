import sharp, { type Sharp } from 'sharp';
import type { Background, OutputFormat, PixelSize } from '../../../catalog/index.ts';
import { tintColour, type Rgb } from './palette.ts';

/** What an edit does with transparency, from the background setting. */
export type AlphaTreatment = { kind: 'flatten'; colour: Rgb } | { kind: 'keep' } | { kind: 'cut-near-white' };

const WHITE: Rgb = { r: 255, g: 255, b: 255 };
const BLACK: Rgb = { r: 0, g: 0, b: 0 };

/** How strongly an edit's tint covers the source: enough to see, little enough to recognise it. */
const TINT_STRENGTH = 0.35;

/** Channels at or above this count as near-white, the background a transparent edit cuts out. */
const NEAR_WHITE = 235;

/**
 * Models without transparent backgrounds always answer opaque (`auto`/`opaque` → opaque);
 * a model with them keeps the source's alpha (`auto`/`preserve`), cuts near-white areas out
 * (`transparent`, PNG only) or flattens onto white or black.
 */
export function alphaTreatment(
  background: Background,
  format: OutputFormat,
  modelHasTransparency: boolean,
): AlphaTreatment {
  if (background === 'black') return { kind: 'flatten', colour: BLACK };
  if (!modelHasTransparency || format !== 'png' || background === 'white' || background === 'opaque') {
    return { kind: 'flatten', colour: WHITE };
  }
  return background === 'transparent' ? { kind: 'cut-near-white' } : { kind: 'keep' };
}

export type EditOptions = { prompt: string; size: PixelSize; variation: number; alpha: AlphaTreatment };

/** The source resized to cover the output size and tinted in the variation's colour. */
export async function editedImage(
  source: Buffer,
  { prompt, size, variation, alpha }: EditOptions,
): Promise<Sharp> {
  const { width, height } = size;
  const data = await sharp(source)
    .resize(width, height, { fit: 'cover' })
    .toColourspace('srgb')
    .ensureAlpha()
    .raw()
    .toBuffer();
  const tint = tintColour(prompt, variation);
  const keep = 1 - TINT_STRENGTH;
  for (let i = 0; i < data.length; i += 4) {
    const r = data[i] ?? 0;
    const g = data[i + 1] ?? 0;
    const b = data[i + 2] ?? 0;
    let a = data[i + 3] ?? 255;
    if (alpha.kind === 'cut-near-white' && r >= NEAR_WHITE && g >= NEAR_WHITE && b >= NEAR_WHITE) a = 0;
    let tr = r * keep + tint.r * TINT_STRENGTH;
    let tg = g * keep + tint.g * TINT_STRENGTH;
    let tb = b * keep + tint.b * TINT_STRENGTH;
    if (alpha.kind === 'flatten') {
      const cover = a / 255;
      tr = tr * cover + alpha.colour.r * (1 - cover);
      tg = tg * cover + alpha.colour.g * (1 - cover);
      tb = tb * cover + alpha.colour.b * (1 - cover);
      a = 255;
    }
    data[i] = Math.round(tr);
    data[i + 1] = Math.round(tg);
    data[i + 2] = Math.round(tb);
    data[i + 3] = a;
  }
  const image = sharp(data, { raw: { width, height, channels: 4 } });
  return alpha.kind === 'flatten' ? image.removeAlpha() : image;
}
