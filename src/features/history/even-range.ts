import type { Range } from '@tanstack/react-virtual';

/**
 * The rows a virtual list mounts: those on screen plus the overscan of both edges, shifted
 * inward at either end of the list, so the top of a long list mounts as many rows as its
 * middle and nothing grows with scrolling.
 */
export function evenRange({ startIndex, endIndex, overscan, count }: Range): number[] {
  const size = Math.min(count, endIndex - startIndex + 1 + 2 * overscan);
  const first = Math.max(0, Math.min(startIndex - overscan, count - size));
  return Array.from({ length: size }, (_, i) => first + i);
}
