import type { RgbaImage } from '../features/compare/image.ts';

type Size = { width: number; height: number };

/**
 * Decodes an image (a same-origin URL or a Blob) into RGBA pixels, off the page's thread:
 * at its natural size, or scaled by the browser's decoder to `size`. Colour space conversion
 * and premultiplication are off so opaque pixels come back exactly as the file stores them.
 */
export async function decodePixels(image: string | Blob, size?: Size): Promise<RgbaImage> {
  const blob = typeof image === 'string' ? await fetchImage(image) : image;
  const bitmap = await createImageBitmap(blob, {
    colorSpaceConversion: 'none',
    premultiplyAlpha: 'none',
    ...(size ? { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'high' } : {}),
  });
  try {
    const { width, height } = bitmap;
    const context = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('This browser cannot read image pixels.');
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, width, height);
    return { data, width, height };
  } finally {
    bitmap.close();
  }
}

/** Encodes pixels as a lossless PNG. */
export async function encodePng(image: RgbaImage): Promise<Blob> {
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot encode images.');
  context.putImageData(new ImageData(image.data, image.width, image.height), 0, 0);
  return canvas.convertToBlob({ type: 'image/png' });
}

async function fetchImage(url: string): Promise<Blob> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The image could not be loaded (HTTP ${response.status}).`);
  return response.blob();
}
