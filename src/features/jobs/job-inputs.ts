import type { JobInputs } from './job-assets.ts';
import type { CatalogEntry } from '../../catalog/index.ts';
import { exportMaskPng, isMaskEmpty, maskCoverage, rasterizeMask, type MaskDocument } from '../mask/index.ts';
import { sha256, type SourceImage } from '../source/index.ts';

/** What stops a job from being sent for want of a source or a mask, as sentences. */
export function missingInputs(entry: CatalogEntry, source: SourceImage | null, maskEmpty: boolean): string[] {
  const problems: string[] = [];
  if (entry.needsSource && !source) problems.push('Open a source image (or drop or paste one).');
  if (entry.needsMask && source && maskEmpty) problems.push('Paint the area to change on the mask.');
  return problems;
}

/** How much of the source the mask covers, 0..1, rendered exactly as it will be sent. */
export function maskFraction(ops: MaskDocument, source: SourceImage): { empty: boolean; fraction: number } {
  const coverage = rasterizeMask(ops, source.width, source.height);
  return { empty: isMaskEmpty(coverage), fraction: maskCoverage(coverage) };
}

/** The source's bytes, and for inpaint the mask as a PNG of exactly the source's size. */
export async function buildJobInputs(
  entry: CatalogEntry,
  source: SourceImage | null,
  ops: MaskDocument,
): Promise<JobInputs> {
  if (!entry.needsSource || !source) return {};
  const inputs: JobInputs = { source: { blob: source.blob, hash: source.hash, name: source.name } };
  if (entry.needsMask) {
    const blob = await exportMaskPng(ops, source.width, source.height);
    const hash = await sha256(new Uint8Array(await blob.arrayBuffer()));
    inputs.mask = { blob, hash, name: 'mask.png' };
  }
  return inputs;
}
