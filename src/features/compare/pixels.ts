import type { RgbaImage } from './image.ts';

export type PixelSize = { width: number; height: number };

/**
 * Decodes an image (a same-origin URL, e.g. `/api/image?url=…`, or a Blob) into RGBA pixels,
 * at its natural size or scaled to `size` so it can be compared with another image. Colour
 * space conversion and premultiplication are turned off so opaque pixels come back exactly
 * as the file stores them.
 */
export async function loadPixels(image: string | Blob, size?: PixelSize): Promise<RgbaImage> {
  const blob = typeof image === 'string' ? await fetchImage(image) : image;
  const bitmap = await createImageBitmap(blob, { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
  try {
    const width = size?.width ?? bitmap.width;
    const height = size?.height ?? bitmap.height;
    const context = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('This browser cannot read image pixels.');
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
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

/** Draws pixels onto a visible canvas, resizing it to the image. */
export function drawPixels(canvas: HTMLCanvasElement, image: RgbaImage): void {
  canvas.width = image.width;
  canvas.height = image.height;
  canvas.getContext('2d')?.putImageData(new ImageData(image.data, image.width, image.height), 0, 0);
}

async function fetchImage(url: string): Promise<Blob> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The image could not be loaded (HTTP ${response.status}).`);
  return response.blob();
}
