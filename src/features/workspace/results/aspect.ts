import { parseAspectRatio, parsePixelSize } from '../../../catalog/index.ts';
import type { ResultImage } from '../../../wire/result.ts';

/**
 * The size a result tile is laid out for: the image's own pixels where the answer gives them,
 * else the pixel size that was asked for, else the asked aspect ratio (`pixels: false`: a shape
 * only, which bounds no zoom), else square.
 */
export function tileSize(
  image: Pick<ResultImage, 'width' | 'height'> | undefined,
  requestedSize: string,
): { width: number; height: number; pixels: boolean } {
  if (image?.width && image.height) return { width: image.width, height: image.height, pixels: true };
  const asked = parsePixelSize(requestedSize);
  if (asked && asked.width > 0 && asked.height > 0) return { ...asked, pixels: true };
  const ratio = parseAspectRatio(requestedSize);
  if (ratio) return { width: ratio, height: 1, pixels: false };
  return { width: 1, height: 1, pixels: false };
}

/** The same size as a CSS `aspect-ratio`. */
export const cssAspect = ({ width, height }: { width: number; height: number }) => `${width} / ${height}`;
