import type { QueryClient } from '@tanstack/react-query';
import type { CatalogEntry } from '../../catalog/index.ts';
import type { JobAssets } from './run-job.ts';
import { assetPathFor, type AssetBytes } from './upload-asset.ts';

/** The images a job sends besides its settings: the source, and for inpaint the mask. */
export type JobInputs = { source?: AssetBytes; mask?: AssetBytes };

/**
 * Turns a job's images into what its provider takes: 1min.ai asset paths (uploaded once per
 * content hash), or for gptimageapi.dev a base64 data URL that it can read without reaching us.
 */
export async function resolveJobAssets(
  queryClient: QueryClient,
  entry: CatalogEntry,
  inputs: JobInputs,
  signal?: AbortSignal,
): Promise<JobAssets> {
  const { source, mask } = inputs;
  if (entry.upstream.kind === 'gptimageapi') {
    return source ? { imageUrl: await blobToDataUrl(source.blob) } : {};
  }
  const [imageUrl, maskUrl] = await Promise.all([
    entry.needsSource && source ? assetPathFor(queryClient, source, signal) : undefined,
    entry.needsMask && mask ? assetPathFor(queryClient, mask, signal) : undefined,
  ]);
  return { ...(imageUrl ? { imageUrl } : {}), ...(maskUrl ? { maskUrl } : {}) };
}

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The source image could not be read.'));
    reader.readAsDataURL(blob);
  });
}
