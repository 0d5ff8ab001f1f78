import type { Range } from '@tanstack/react-virtual';

/**
 * The rows a virtual list mounts: those on a full screen plus the overscan of both edges,
 * shifted inward at either end of the list, so the top of a long list mounts as many rows as
 * its middle and nothing grows with scrolling. `screenEnd` is the last row a full screen of
 * the list shows from the first one on screen, when more than are on screen (see `screenEndAtTop`).
 */
export function evenRange({ startIndex, endIndex, overscan, count }: Range, screenEnd = endIndex): number[] {
  const size = Math.min(count, Math.max(endIndex, screenEnd) - startIndex + 1 + 2 * overscan);
  const first = Math.max(0, Math.min(startIndex - overscan, count - size));
  return Array.from({ length: size }, (_, i) => first + i);
}

/**
 * At the top of a list, what sits above it (a title, filters) leaves it less than a screen, so
 * fewer rows are on screen than in the middle: the last row whose top is within a screen's
 * `height` of the first row's top, given each row's `start` (at least `endIndex`).
 */
export function screenEndAtTop(rows: readonly { start: number }[], height: number, endIndex: number): number {
  const top = rows[0]?.start ?? 0;
  let last = endIndex;
  while ((rows[last + 1]?.start ?? Infinity) - top < height) last += 1;
  return last;
}
