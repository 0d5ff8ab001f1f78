import type { CatalogEntry } from '../../catalog/index.ts';
import type { SourceImage } from '../source/index.ts';

/** What stops a job from being sent for want of a source or a mask, as sentences. */
export function missingInputs(entry: CatalogEntry, source: SourceImage | null, maskEmpty: boolean): string[] {
  const problems: string[] = [];
  if (entry.needsSource && !source) problems.push('Open a source image (or drop or paste one).');
  if (entry.needsMask && source && maskEmpty) problems.push('Paint the area to change on the mask.');
  return problems;
}
