import { loadSourceFile, type SourceImage } from '../source/index.ts';
import { MAX_BATCH } from './store.ts';

/**
 * Reads the files offered together as batch sources. Too many refuses them all (nothing is
 * half-taken); a file that is not a readable image is left out and named, the others stay.
 */
export async function readBatchSources(
  files: readonly File[],
  load: (file: File, name: string) => Promise<SourceImage> = loadSourceFile,
): Promise<{ sources: SourceImage[]; problems: string[] }> {
  if (files.length > MAX_BATCH) {
    return {
      sources: [],
      problems: [`A batch takes at most ${MAX_BATCH} images; ${files.length} were offered. Pick fewer.`],
    };
  }
  const settled = await Promise.allSettled(files.map((file, i) => load(file, file.name || `image-${i + 1}`)));
  const sources: SourceImage[] = [];
  const problems: string[] = [];
  settled.forEach((outcome, i) => {
    if (outcome.status === 'fulfilled') sources.push(outcome.value);
    else
      problems.push(
        outcome.reason instanceof Error
          ? outcome.reason.message
          : `${files[i]?.name ?? 'A file'} could not be opened.`,
      );
  });
  return { sources, problems };
}

/** The alpha channel of an image (browser only), for masks made from transparency. */
export async function readAlpha(blob: Blob, width: number, height: number): Promise<Uint8ClampedArray> {
  const bitmap = await createImageBitmap(blob);
  try {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot read image pixels, so transparency cannot be used.');
    context.drawImage(bitmap, 0, 0, width, height);
    const { data } = context.getImageData(0, 0, width, height);
    const alpha = new Uint8ClampedArray(width * height);
    for (let i = 0; i < alpha.length; i++) alpha[i] = data[i * 4 + 3] ?? 255;
    return alpha;
  } finally {
    bitmap.close();
  }
}
