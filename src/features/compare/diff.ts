import { assertSameSize, createImage, luma, pixelDifference, type RgbaImage } from './image.ts';

/** The colour of a changed pixel: vivid magenta, which no dimmed grey can be mistaken for. */
export const DIFF_HIGHLIGHT = [255, 0, 200] as const;
/** Unchanged pixels keep a third of their brightness so the highlight stands out. */
const DIM = 0.35;

export type DiffResult = {
  /** Changed pixels in the highlight colour over a dimmed greyscale of `b`; fully opaque. */
  image: RgbaImage;
  changedCount: number;
  /** changedCount over all pixels, 0..1. */
  changedFraction: number;
};

/**
 * Compares two images pixel by pixel. A pixel has changed when its largest channel
 * difference (alpha-weighted, 0..255) is more than `threshold`; 0 counts any change.
 * Both images must be the same size: the caller brings one to the other first (the compare
 * worker decodes at a given size, or aligns a result to its source); different sizes throw
 * an ImageSizeMismatchError.
 */
export function diffImages(a: RgbaImage, b: RgbaImage, threshold: number): DiffResult {
  assertSameSize('Difference', a, b);
  const image = createImage(b.width, b.height);
  const out = image.data;
  let changedCount = 0;
  for (let offset = 0; offset < out.length; offset += 4) {
    if (pixelDifference(a.data, b.data, offset) > threshold) {
      changedCount++;
      out[offset] = DIFF_HIGHLIGHT[0];
      out[offset + 1] = DIFF_HIGHLIGHT[1];
      out[offset + 2] = DIFF_HIGHLIGHT[2];
    } else {
      const grey = luma(b.data, offset) * (b.data[offset + 3]! / 255) * DIM;
      out[offset] = grey;
      out[offset + 1] = grey;
      out[offset + 2] = grey;
    }
    out[offset + 3] = 255;
  }
  const pixels = b.width * b.height;
  return { image, changedCount, changedFraction: pixels === 0 ? 0 : changedCount / pixels };
}
