import { parsePixelSize, preferredSize, type CatalogEntry } from '../../catalog/index.ts';

/** Shapes within this (as a log ratio, about 2 %) count as the same. */
const SAME_SHAPE = 0.02;

/**
 * The output size for a newly opened source: the user's size when it already has the
 * source's shape, else the entry's size of the source's shape at the area the user chose
 * (not the source's own area: a huge photo must not turn a 1 MP job into a 8 MP one).
 * Answers null when the user's size stays.
 */
export function sizeForSource(
  entry: CatalogEntry,
  current: string,
  source: { width: number; height: number },
): string | null {
  const aspect = source.width / source.height;
  const chosen = parsePixelSize(current);
  if (chosen && Math.abs(Math.log(chosen.width / chosen.height / aspect)) < SAME_SHAPE) return null;
  const area = chosen ? chosen.width * chosen.height : source.width * source.height;
  const height = Math.sqrt(area / aspect);
  const proposal = preferredSize(entry, { width: Math.round(height * aspect), height: Math.round(height) });
  return proposal === current ? null : proposal;
}
