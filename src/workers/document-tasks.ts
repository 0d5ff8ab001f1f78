import { flatten, mergePictures } from '../features/document/flatten.ts';
import { withMaskAsAlpha, type Picture, type RgbaImage } from '../features/document/pixels.ts';
import { hashBlob } from '../features/document/hash.ts';
import { readLayeredPsd, writeLayeredPsd } from '../features/document/psd.ts';
import { encodeGreyPng } from '../features/mask/pixels/grey-png.ts';
import { decodePixels, encodePng } from './compare-pixels.ts';

/**
 * The document's pixel work, run in its worker: pictures travel as Blobs (by reference), are
 * decoded here, composed by the same pure functions the unit tests check, and go back as PNGs,
 * a PSD or a bitmap to show.
 */

export type PictureBlobs = { pixels: Blob; mask: Blob | null; opacity: number };
type Size = { width: number; height: number };

async function decodeMask(blob: Blob | null): Promise<Uint8ClampedArray | null> {
  if (!blob) return null;
  const { data, width, height } = await decodePixels(blob);
  const grey = new Uint8ClampedArray(width * height);
  for (let i = 0; i < grey.length; i++) grey[i] = data[i * 4]!;
  return grey;
}

async function decodePicture(picture: PictureBlobs, size: Size): Promise<Picture> {
  const [pixels, mask] = await Promise.all([decodePixels(picture.pixels), decodeMask(picture.mask)]);
  if (pixels.width !== size.width || pixels.height !== size.height) {
    throw new Error(
      `A layer is ${pixels.width}×${pixels.height}; the document is ${size.width}×${size.height}.`,
    );
  }
  return { pixels, mask, opacity: picture.opacity };
}

async function decodeBase(base: Blob, size: Size): Promise<RgbaImage> {
  const pixels = await decodePixels(base);
  if (pixels.width !== size.width || pixels.height !== size.height) {
    throw new Error(
      `The base image is ${pixels.width}×${pixels.height}, not the document's ${size.width}×${size.height}.`,
    );
  }
  return pixels;
}

const greyPng = async (mask: Uint8ClampedArray, size: Size) =>
  new Blob([await encodeGreyPng(mask, size.width, size.height)], { type: 'image/png' });

export type PsdLayerBlobs = PictureBlobs & { name: string; visible: boolean };

export const documentTasks = {
  /** The name a picture is stored under in the blob store: its bytes' SHA-256. */
  hash: hashBlob,

  /** The document as one PNG: the next job's source, the download, and what the tests compare. */
  async flatten(size: Size, base: Blob, pictures: PictureBlobs[]): Promise<Blob> {
    const layers = await Promise.all(pictures.map((p) => decodePicture(p, size)));
    return encodePng(flatten(await decodeBase(base, size), layers));
  },

  /** A layer merged into the one under it: one picture, opacity 1. */
  async mergeLayers(size: Size, bottom: PictureBlobs, top: PictureBlobs) {
    const merged = mergePictures(await decodePicture(bottom, size), await decodePicture(top, size));
    return { pixels: await encodePng(merged.pixels), mask: await greyPng(merged.mask, size) };
  },

  /** The bottom layer merged into the base. */
  async mergeIntoBase(size: Size, base: Blob, layer: PictureBlobs): Promise<Blob> {
    return encodePng(flatten(await decodeBase(base, size), [await decodePicture(layer, size)]));
  },

  /** A picture as it shows on the canvas (its mask as alpha), no larger than `maxEdge` on its long side. */
  async showable(picture: Omit<PictureBlobs, 'opacity'>, maxEdge: number): Promise<ImageBitmap> {
    const pixels = await decodePixels(picture.pixels);
    const rgba = withMaskAsAlpha(pixels, await decodeMask(picture.mask));
    const canvas = new OffscreenCanvas(rgba.width, rgba.height);
    canvas.getContext('2d')?.putImageData(new ImageData(rgba.data, rgba.width, rgba.height), 0, 0);
    const scale = Math.min(1, maxEdge / Math.max(rgba.width, rgba.height));
    if (scale === 1) return canvas.transferToImageBitmap();
    return createImageBitmap(canvas, {
      resizeWidth: Math.round(rgba.width * scale),
      resizeHeight: Math.round(rgba.height * scale),
      resizeQuality: 'high',
    });
  },

  async writePsd(size: Size, base: Blob, layers: PsdLayerBlobs[]): Promise<Blob> {
    const pictures = await Promise.all(
      layers.map(async (layer) => ({
        ...(await decodePicture(layer, size)),
        name: layer.name,
        visible: layer.visible,
      })),
    );
    const bytes = writeLayeredPsd({ ...size, base: await decodeBase(base, size), layers: pictures });
    return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/vnd.adobe.photoshop' });
  },

  async readPsd(file: Blob) {
    const read = readLayeredPsd(new Uint8Array(await file.arrayBuffer()));
    const size = { width: read.width, height: read.height };
    const layers = await Promise.all(
      read.layers.map(async ({ name, opacity, visible, pixels, mask }) => ({
        name,
        opacity,
        visible,
        pixels: await encodePng(pixels),
        mask: mask && (await greyPng(mask, size)),
      })),
    );
    return { ...size, base: await encodePng(read.base), layers, notices: read.notices };
  },
};

export type DocumentTasks = typeof documentTasks;
