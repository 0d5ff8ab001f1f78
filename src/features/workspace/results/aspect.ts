import { parseAspectRatio, parsePixelSize } from '../../../catalog/index.ts';
import type { ResultImage } from '../../../wire/result.ts';

/**
 * The CSS `aspect-ratio` of a result tile: the image's own size where the answer gives it,
 * else the size or aspect ratio that was asked for, else square.
 */
export function tileAspect(
  image: Pick<ResultImage, 'width' | 'height'> | undefined,
  requestedSize: string,
): string {
  if (image?.width && image.height) return `${image.width} / ${image.height}`;
  const pixels = parsePixelSize(requestedSize);
  if (pixels && pixels.width > 0 && pixels.height > 0) return `${pixels.width} / ${pixels.height}`;
  const ratio = parseAspectRatio(requestedSize);
  if (ratio) return `${ratio}`;
  return '1 / 1';
}
