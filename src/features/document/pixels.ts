/**
 * Pixels in memory: RGBA row by row, 4 bytes a pixel (canvas ImageData's layout), and grey
 * masks with one byte a pixel. The document's pure pixel functions work on these.
 */
export type RgbaImage = { data: Uint8ClampedArray<ArrayBuffer>; width: number; height: number };

/** One picture to lay over the ones under it: opaque colour, how much shows, and its opacity. */
export type Picture = {
  pixels: RgbaImage;
  /** One byte a pixel at the same size; null shows all of it. */
  mask: Uint8ClampedArray | null;
  opacity: number;
};

export function createRgba(width: number, height: number): RgbaImage {
  return { data: new Uint8ClampedArray(width * height * 4), width, height };
}

export function assertPictureSize(picture: Picture, width: number, height: number): void {
  const { pixels, mask } = picture;
  if (pixels.width !== width || pixels.height !== height || pixels.data.length !== width * height * 4) {
    throw new Error(
      `A layer is ${pixels.width}×${pixels.height} but the document is ${width}×${height}; layers are kept at the document's size.`,
    );
  }
  if (mask && mask.length !== width * height) {
    throw new Error(`A layer's mask has ${mask.length} values for a ${width}×${height} document.`);
  }
}

/** A picture as one RGBA image with its mask as alpha: what a PSD layer or the screen shows. */
export function withMaskAsAlpha(pixels: RgbaImage, mask: Uint8ClampedArray | null): RgbaImage {
  const out = { data: pixels.data.slice(), width: pixels.width, height: pixels.height };
  if (!mask) return out;
  for (let i = 0; i < mask.length; i++)
    out.data[i * 4 + 3] = Math.round((mask[i]! * pixels.data[i * 4 + 3]!) / 255);
  return out;
}

/** The reverse: opaque colour and the alpha as a mask (null when every pixel shows). */
export function splitAlpha(image: RgbaImage): { pixels: RgbaImage; mask: Uint8ClampedArray | null } {
  const pixels = { data: image.data.slice(), width: image.width, height: image.height };
  const mask = new Uint8ClampedArray(image.width * image.height);
  let opaque = true;
  for (let i = 0; i < mask.length; i++) {
    const alpha = image.data[i * 4 + 3]!;
    mask[i] = alpha;
    if (alpha !== 255) opaque = false;
    pixels.data[i * 4 + 3] = 255;
  }
  return { pixels, mask: opaque ? null : mask };
}
