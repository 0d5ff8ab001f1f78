import { GPT_IMAGE_2_LIMITS } from '../../catalog/sizes.ts';
import { IMAGE_MIME, sniffImageType, type SourceImageType } from '../../wire/image-type.ts';
import { fitWithinLimits } from './fit.ts';

/** An image ready to be a source: exactly the bytes that will be uploaded, and their size. */
export type SourceImage = {
  blob: Blob;
  type: SourceImageType;
  width: number;
  height: number;
  name: string;
  /** SHA-256 of the bytes: keys the upload cache and the mask draft. */
  hash: string;
  /** The original size when the file was scaled down to fit the models' limits. */
  scaledFrom?: { width: number; height: number };
  /** A 1min.ai asset path that already holds these bytes (a result used as the next source). */
  assetPath?: string;
  /** The history image this source was made from, for the lineage. */
  fromImageId?: string;
  /** The document this is the flattened image of (absent for a batch's sources). */
  documentId?: string;
  /** That document's base image: its mask draft is kept by it, whatever layers are accepted. */
  baseHash?: string;
};

export class SourceError extends Error {}

/**
 * Reads a picked, dropped or pasted file into a `SourceImage`. Decides the type by magic
 * bytes, proves the file decodes, and scales it down in the browser when it is larger than
 * any model accepts, so the mask can always follow the uploaded size exactly.
 */
export async function loadSourceFile(file: Blob, name = 'image'): Promise<SourceImage> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = sniffImageType(bytes);
  if (!type) {
    throw new SourceError(`${name} is not a PNG, JPEG or WebP image. Open one of those formats instead.`);
  }
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes], { type: IMAGE_MIME[type] }));
  } catch {
    throw new SourceError(
      `${name} looks like a ${type.toUpperCase()} file but could not be decoded. It may be damaged; try exporting it again.`,
    );
  }
  try {
    const natural = { width: bitmap.width, height: bitmap.height };
    const fitted = fitWithinLimits(natural, GPT_IMAGE_2_LIMITS.maxEdge, GPT_IMAGE_2_LIMITS.maxPixels);
    if (fitted.width === natural.width && fitted.height === natural.height) {
      const blob = new Blob([bytes], { type: IMAGE_MIME[type] });
      return { blob, type, ...natural, name, hash: await sha256(bytes) };
    }
    const blob = await scaleBitmap(bitmap, fitted.width, fitted.height, type);
    const scaledBytes = new Uint8Array(await blob.arrayBuffer());
    return { blob, type, ...fitted, name, hash: await sha256(scaledBytes), scaledFrom: natural };
  } finally {
    bitmap.close();
  }
}

async function scaleBitmap(
  bitmap: ImageBitmap,
  width: number,
  height: number,
  type: SourceImageType,
): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new SourceError('This browser cannot scale images; open a smaller image.');
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
  // PNG stays lossless; photos stay in their own format at a high quality.
  return canvas.convertToBlob({ type: IMAGE_MIME[type], quality: 0.95 });
}

export async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
