import type { PixelSize } from '../../catalog/index.ts';

/** `resize` stretches the whole image to the size; `crop` scales it to cover and cuts the overflow evenly. */
export type FitMode = 'resize' | 'crop';

/** The part of the source drawn onto the whole target. */
type SourceRect = { x: number; y: number; width: number; height: number };

export function fitSourceRect(source: PixelSize, target: PixelSize, mode: FitMode): SourceRect {
  if (mode === 'resize') return { x: 0, y: 0, width: source.width, height: source.height };
  const scale = Math.max(target.width / source.width, target.height / source.height);
  const width = Math.min(source.width, target.width / scale);
  const height = Math.min(source.height, target.height / scale);
  return { x: (source.width - width) / 2, y: (source.height - height) / 2, width, height };
}

const KEPT_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp']);

/**
 * The image at exactly width × height (browser only), in its own format where the canvas can
 * write it and PNG otherwise.
 */
export async function fitToSize(blob: Blob, width: number, height: number, mode: FitMode): Promise<Blob> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    throw new Error('The image could not be decoded, so it could not be fitted to the requested size.');
  }
  try {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas, so the image could not be fitted.');
    context.imageSmoothingQuality = 'high';
    const rect = fitSourceRect(bitmap, { width, height }, mode);
    context.drawImage(bitmap, rect.x, rect.y, rect.width, rect.height, 0, 0, width, height);
    return await canvas.convertToBlob({ type: KEPT_TYPES.has(blob.type) ? blob.type : 'image/png' });
  } finally {
    bitmap.close();
  }
}
