import { assertPictureSize, createRgba, type Picture, type RgbaImage } from './pixels.ts';

/**
 * The one composition of a document: the base, then each picture drawn over it through its
 * mask (alpha = mask × the picture's own alpha × opacity), straight alpha, rounded to the
 * nearest value. It makes the PNG download, the next job's source, merged layers and the
 * tests' expectations. With a full mask and opacity 1 it gives the result byte for byte;
 * where the mask is 0 the base byte for byte, so it agrees with "preserve outside mask".
 */
export function flatten(base: RgbaImage, pictures: readonly Picture[]): RgbaImage {
  const { width, height } = base;
  const out = { data: base.data.slice(), width, height };
  for (const picture of pictures) drawOver(out, picture);
  return out;
}

function drawOver(out: RgbaImage, { pixels, mask, opacity }: Picture): void {
  assertPictureSize({ pixels, mask, opacity }, out.width, out.height);
  if (opacity <= 0) return;
  const target = out.data;
  const source = pixels.data;
  const count = out.width * out.height;
  for (let i = 0; i < count; i++) {
    const offset = i * 4;
    // The picture's weight on this pixel, 0..255.
    const weight = ((mask ? mask[i]! : 255) * source[offset + 3]! * opacity) / 255;
    if (weight === 0) continue;
    const baseAlpha = target[offset + 3]!;
    if (baseAlpha === 255) {
      for (let c = offset; c < offset + 3; c++) {
        target[c] = Math.round((target[c]! * (255 - weight) + source[c]! * weight) / 255);
      }
      continue;
    }
    const a = weight / 255;
    const under = (baseAlpha / 255) * (1 - a);
    const alpha = a + under;
    for (let c = offset; c < offset + 3; c++) {
      target[c] = Math.round((source[c]! * a + target[c]! * under) / alpha);
    }
    target[offset + 3] = Math.round(alpha * 255);
  }
}

/**
 * Two pictures as one with the same look over anything: `top` over `bottom`, each through its
 * mask and opacity, as opaque colour and a mask (the merged layer's opacity is then 1).
 */
export function mergePictures(bottom: Picture, top: Picture): { pixels: RgbaImage; mask: Uint8ClampedArray } {
  const { width, height } = bottom.pixels;
  const clear = createRgba(width, height);
  const both = flatten(clear, [bottom, top]);
  const mask = new Uint8ClampedArray(width * height);
  for (let i = 0; i < mask.length; i++) {
    mask[i] = both.data[i * 4 + 3]!;
    both.data[i * 4 + 3] = 255;
  }
  return { pixels: both, mask };
}
