import { parsePixelSize, preferredSize, type CatalogEntry } from '../../catalog/index.ts';

/** Shapes within this (as a log ratio, about 2 %) count as the same. */
const SAME_SHAPE = 0.02;

type OpenedSource = { width: number; height: number; scaledFrom?: { width: number; height: number } };

/**
 * The output size for a newly opened source, or null when the user's size stays: it already
 * has the source's shape. Otherwise the entry's size nearest the source's own; but a source
 * scaled down to fit the models takes its shape at the area the user chose, so a huge photo
 * never turns a 1 MP job into a maximum-size one.
 */
export function sizeForSource(entry: CatalogEntry, current: string, source: OpenedSource): string | null {
  const aspect = source.width / source.height;
  const chosen = parsePixelSize(current);
  if (chosen && Math.abs(Math.log(chosen.width / chosen.height / aspect)) < SAME_SHAPE) return null;
  let reference = { width: source.width, height: source.height };
  if (source.scaledFrom && chosen) {
    const height = Math.sqrt((chosen.width * chosen.height) / aspect);
    reference = { width: Math.round(height * aspect), height: Math.round(height) };
  }
  const proposal = preferredSize(entry, reference);
  return proposal === current ? null : proposal;
}
