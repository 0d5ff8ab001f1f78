import type { Thumbnail } from './images.ts';

/** The longer edge of a history thumbnail, in pixels: sharp in a grid cell on a 2x screen. */
export const THUMBNAIL_EDGE = 256;

/** Fits a width × height inside the thumbnail edge, never enlarging. */
export function thumbnailSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, THUMBNAIL_EDGE / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** A small WebP preview of an image (browser only), and the image's own size. */
export async function makeThumbnail(image: Blob): Promise<Thumbnail> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(image);
  } catch {
    throw new Error('The image could not be decoded, so it was not saved in the history.');
  }
  try {
    const size = thumbnailSize(bitmap.width, bitmap.height);
    const canvas = new OffscreenCanvas(size.width, size.height);
    const context = canvas.getContext('2d');
    if (!context)
      throw new Error('This browser cannot draw thumbnails, so the image was not saved in the history.');
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    // A browser that cannot encode WebP answers PNG instead, as the canvas specification requires.
    const thumbnail = await canvas.convertToBlob({ type: 'image/webp', quality: 0.8 });
    return { thumbnail, width: bitmap.width, height: bitmap.height };
  } finally {
    bitmap.close();
  }
}
