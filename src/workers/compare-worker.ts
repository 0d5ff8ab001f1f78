import { alignToSource, placeOnSource, type AlignedResult } from '../features/compare/align.ts';
import { compositeOverSource, preserveComposite, preserveWeights } from '../features/compare/composite.ts';
import { cropResample, padImage, showWhereTransparent } from '../features/compare/frames.ts';
import { encodeGreyPng } from '../features/mask/pixels/grey-png.ts';
import { diffImages } from '../features/compare/diff.ts';
import type { RgbaImage } from '../features/compare/image.ts';
import { maskLeakage } from '../features/compare/leakage.ts';
import type {
  CompareAnswer,
  CompareMessage,
  CompareReplies,
  CompareRequests,
  DifferencePane,
  InpaintPane,
} from '../features/compare/worker-protocol.ts';
import { decodePixels, encodePng } from './compare-pixels.ts';
import { latestPerChannel } from './compare-queue.ts';

/**
 * The compare board's pixel work (decoding, differences, leakage, compositing), kept off the
 * page's thread so a 4K comparison never freezes a frame. Pictures go back as PNGs that the
 * page shows as images, without touching their pixels.
 */

/** Decoded images kept for the next threshold or mode; each is width×height×4 bytes (33 MB at 4K). */
const DECODED_LIMIT = 6;
/** Results on the source's grid, kept so a new threshold or feather does not resample again. */
const ALIGNED_LIMIT = 4;
const decoded = new Map<string, Promise<RgbaImage>>();
const aligned = new Map<string, Promise<AlignedResult>>();

function remember<T>(cache: Map<string, Promise<T>>, limit: number, key: string, make: () => Promise<T>) {
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const made = make();
  made.catch(() => cache.delete(key));
  cache.set(key, made);
  for (const oldest of cache.keys()) {
    if (cache.size <= limit) break;
    cache.delete(oldest);
  }
  return made;
}

const pixels = (url: string, size?: { width: number; height: number }) =>
  remember(decoded, DECODED_LIMIT, size ? `${size.width}x${size.height} ${url}` : url, () =>
    decodePixels(url, size),
  );

const alignedResult = (source: string, result: string) =>
  remember(aligned, ALIGNED_LIMIT, `${source}\n${result}`, async () =>
    alignToSource(await pixels(source), await pixels(result)),
  );

async function difference(request: CompareRequests['difference']): Promise<DifferencePane[]> {
  const { reference, targets, size, referenceIsSource, threshold } = request;
  const panes: DifferencePane[] = [];
  for (const target of targets) {
    // Against the source, a result of another size is compared on the source's grid with the
    // resampling cancelled out (align.ts); two results are simply compared at one size.
    const [before, after] = referenceIsSource
      ? await alignedResult(reference, target).then((pair) => [pair.expected, pair.result] as const)
      : await Promise.all([pixels(reference, size), pixels(target, size)]);
    const diff = diffImages(before, after, threshold);
    panes.push({ image: await encodePng(diff.image), changedFraction: diff.changedFraction });
  }
  return panes;
}

async function inpaint(request: CompareRequests['inpaint']): Promise<InpaintPane[]> {
  const { source, results, mask, threshold, featherRadius } = request;
  const sourcePixels = await pixels(source);
  const panes: InpaintPane[] = [];
  for (const result of results) {
    const onSource = await alignedResult(source, result);
    const { heatmap, ...leakage } = maskLeakage(onSource, mask, threshold);
    const composite =
      featherRadius === null ? null : preserveComposite(sourcePixels, onSource, mask, featherRadius);
    panes.push({
      leakage,
      heatmap: await encodePng(heatmap),
      composite: composite && (await encodePng(composite)),
    });
  }
  return panes;
}

async function preserve({ source, result, mask, featherRadius }: CompareRequests['preserve']): Promise<Blob> {
  const sourcePixels = await decodePixels(source);
  const onSource = alignToSource(sourcePixels, await decodePixels(result));
  return encodePng(preserveComposite(sourcePixels, onSource, mask, featherRadius));
}

async function layer({ size, result, mask, featherRadius }: CompareRequests['layer']) {
  const placed = placeOnSource(size, await decodePixels(result));
  const full = new Uint8ClampedArray(size.width * size.height).fill(255);
  const weights = preserveWeights(size, placed, mask ?? full, mask ? featherRadius : 0);
  const pixels = placed.result.data;
  let partial = false;
  for (let i = 0; i < weights.length; i++) {
    const alpha = pixels[i * 4 + 3]!;
    if (alpha !== 255) {
      weights[i] = Math.round((weights[i]! * alpha) / 255);
      pixels[i * 4 + 3] = 255;
    }
    if (weights[i] !== 255) partial = true;
  }
  const grey = partial ? await encodeGreyPng(weights, size.width, size.height) : null;
  return {
    pixels: await encodePng(placed.result),
    mask: grey && new Blob([grey], { type: 'image/png' }),
  };
}

async function frames({ picture, over, frames }: CompareRequests['frames']): Promise<Blob[]> {
  let image = await decodePixels(picture);
  if (over) {
    const placed = placeOnSource(image, await decodePixels(over.result));
    const weights = preserveWeights(image, placed, over.mask, over.featherRadius);
    image = compositeOverSource(image, placed.result, showWhereTransparent(weights, image));
  }
  const out: Blob[] = [];
  // One at a time: each frame's pixels are freed before the next is resampled.
  for (const { rect, width, height } of frames)
    out.push(await encodePng(cropResample(image, rect, width, height)));
  return out;
}

async function pad({ picture, canvas, at, placed }: CompareRequests['pad']): Promise<Blob> {
  return encodePng(padImage(await decodePixels(picture), canvas, at, placed));
}

function forget(): Promise<null> {
  decoded.clear();
  aligned.clear();
  return Promise.resolve(null);
}

function handle(message: CompareMessage): Promise<CompareReplies[CompareMessage['kind']]> {
  switch (message.kind) {
    case 'difference':
      return difference(message.request);
    case 'inpaint':
      return inpaint(message.request);
    case 'preserve':
      return preserve(message.request);
    case 'layer':
      return layer(message.request);
    case 'frames':
      return frames(message.request);
    case 'pad':
      return pad(message.request);
    case 'forget':
      return forget();
  }
}

// Answers carry Blobs, which cross by reference: nothing needs transferring.
const post = (answer: CompareAnswer) => self.postMessage(answer);

const enqueue = latestPerChannel<CompareMessage>(
  async (message) => {
    try {
      const value = await handle(message);
      post({ id: message.id, outcome: 'done', value });
    } catch (error) {
      const text = error instanceof Error ? error.message : 'The images could not be compared.';
      post({ id: message.id, outcome: 'failed', message: text });
    }
  },
  (older) => post({ id: older.id, outcome: 'superseded' }),
);

self.onmessage = (event: MessageEvent<CompareMessage>) => enqueue(event.data);
