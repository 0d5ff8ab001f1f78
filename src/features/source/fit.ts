import type { PixelSize } from '../../catalog/sizes.ts';

/** The largest size with the same aspect ratio that keeps within an edge and a pixel limit. */
export function fitWithinLimits(size: PixelSize, maxEdge: number, maxPixels: number): PixelSize {
  const byEdge = maxEdge / Math.max(size.width, size.height);
  const byArea = Math.sqrt(maxPixels / (size.width * size.height));
  const scale = Math.min(1, byEdge, byArea);
  if (scale === 1) return size;
  return {
    width: Math.max(1, Math.floor(size.width * scale)),
    height: Math.max(1, Math.floor(size.height * scale)),
  };
}
