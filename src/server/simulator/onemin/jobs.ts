import sharp, { type Sharp } from 'sharp';
import {
  compressionApplies,
  parsePixelSize,
  type Background,
  type CatalogEntry,
  type OutputFormat,
  type PixelSize,
  type Quality,
} from '../../../catalog/index.ts';
import type { OneminFeatureRequest } from '../../../wire/onemin/request.ts';
import { assetKey } from '../served-images.ts';
import type { ImageStore } from '../store.ts';
import { RequestRefused } from '../refusal.ts';
import { alphaTreatment, editedImage } from '../render/edit.ts';
import { encodeImage } from '../render/encode.ts';
import { generatedImage } from '../render/generate.ts';
import { inpaintedImage } from '../render/inpaint.ts';
import { deliveredSize, toDeliveredSize } from '../render/undersize.ts';
import type { SimUndersize } from '../control-schema.ts';

/** A validated feature request, its sources found, ready to render one variation at a time. */
export type OneminJob = {
  n: number;
  /** What was asked for, which the credits count. */
  size: PixelSize;
  /** What the images are: the asked size unless the `undersize` knob is set. */
  delivered: PixelSize;
  format: OutputFormat;
  quality: Quality;
  prompt: string;
  render(variation: number): Promise<Buffer>;
};

/**
 * Reads a body that `parseOneminFeatureRequest` accepted, applying the entry's defaults, and
 * finds its source and mask; a missing asset or a mask of another size is refused here,
 * before any wait or work.
 */
export async function prepareOneminJob(
  store: ImageStore,
  entry: CatalogEntry,
  body: OneminFeatureRequest,
  undersize: SimUndersize | null = null,
): Promise<OneminJob> {
  const po = body.promptObject as Record<string, unknown>;
  const prompt = String(po.prompt);
  const size = parsePixelSize(String(po.size));
  if (!size) throw new RequestRefused('size must be written as WxH.');
  const format = (po.output_format as OutputFormat | undefined) ?? entry.outputFormat?.default ?? 'png';
  const compression = compressionApplies(entry, format)
    ? ((po.output_compression as number | undefined) ?? entry.outputCompression?.default)
    : undefined;
  const background = (po.background as Background | undefined) ?? entry.background?.default ?? 'auto';
  const quality = (po.quality as Quality | undefined) ?? entry.quality.default ?? entry.quality.initial;
  const delivered = deliveredSize(size, undersize);
  const n = typeof po.n === 'number' ? po.n : entry.n.default;
  const job = { n, size, delivered, format, quality, prompt };
  const encode = async (image: Sharp) =>
    encodeImage(await toDeliveredSize(image, size, delivered), format, compression);

  if (entry.upstream.kind !== 'onemin' || entry.upstream.type === 'IMAGE_GENERATOR') {
    return { ...job, render: (variation) => encode(generatedImage(prompt, size, variation)) };
  }
  const source = findAsset(store, po.imageUrl, 'imageUrl');
  if (entry.upstream.type === 'IMAGE_EDITOR') {
    const alpha = alphaTreatment(
      background,
      format,
      entry.background?.values.includes('transparent') ?? false,
    );
    return {
      ...job,
      render: async (variation) => encode(await editedImage(source, { prompt, size, variation, alpha })),
    };
  }
  const mask = findAsset(store, po.maskUrl, 'maskUrl');
  await checkMaskMatchesSource(source, mask);
  return {
    ...job,
    render: async (variation) => encode(await inpaintedImage(source, mask, { prompt, size, variation })),
  };
}

function findAsset(store: ImageStore, path: unknown, field: 'imageUrl' | 'maskUrl'): Buffer {
  const image = typeof path === 'string' ? store.get(assetKey(path)) : undefined;
  if (!image) {
    throw new RequestRefused(
      `${field} names no asset: "${String(path)}". Upload the image with POST /api/assets first.`,
    );
  }
  return image.bytes;
}

async function checkMaskMatchesSource(source: Buffer, mask: Buffer): Promise<void> {
  const [s, m] = await Promise.all([sharp(source).metadata(), sharp(mask).metadata()]);
  if (s.width !== m.width || s.height !== m.height) {
    throw new RequestRefused(
      `The mask must match the source's dimensions exactly: the source is ${s.width}x${s.height}, the mask is ${m.width}x${m.height}.`,
    );
  }
}
