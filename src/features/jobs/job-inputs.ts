import type { JobInputs } from './job-assets.ts';
import type { CatalogEntry } from '../../catalog/index.ts';
import { exportMaskPng, type MaskDocument } from '../mask/index.lazy.ts';
import type { SourceImage } from '../source/index.ts';
import { sha256 } from '../source/index.lazy.ts';

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
