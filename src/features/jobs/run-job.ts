import {
  estimateCredits,
  validateSettings,
  type CatalogEntry,
  type JobSettings,
} from '../../catalog/index.ts';
import { buildGptImageApiEditRequest, parseGptImageApiAnswer } from '../../wire/gptimageapi/index.ts';
import { buildOneminFeatureRequest, parseOneminFeatureAnswer } from '../../wire/onemin/index.ts';
import { IDEMPOTENCY_HEADER } from '../../wire/proxy.ts';
import { UpstreamAnswerError, type JobResult } from '../../wire/result.ts';
import { ApiError, apiFetch } from '../../api/client.ts';

/** Asset paths (1min.ai) or image URLs (gptimageapi.dev) of the source and mask, where the entry takes them. */
export type JobAssets = { imageUrl?: string; maskUrl?: string };

/** A paid request as it leaves: the id is its `Idempotency-Key`. */
export type SentRequest = { jobId: string; entry: CatalogEntry; settings: JobSettings; assets?: JobAssets };

export type JobContext = { signal?: AbortSignal; assetBase: string };

/**
 * Sends one paid request through the proxy and answers its images. Settings the entry
 * refuses never leave the browser.
 */
export async function runJob(job: SentRequest, context: JobContext): Promise<JobResult> {
  const { entry, settings, assets = {} } = job;
  const problems = [
    ...validateSettings(entry, settings).map((issue) => issue.message),
    ...missingAssets(entry, assets),
  ];
  if (problems.length > 0) throw new ApiError('bad_request', problems.join(' '), 0);

  const headers = { [IDEMPOTENCY_HEADER]: job.jobId };
  const request = { method: 'POST', headers, signal: context.signal };
  try {
    if (entry.upstream.kind === 'onemin') {
      const json = await apiFetch('/api/onemin/features', {
        ...request,
        json: buildOneminFeatureRequest(entry, settings, assets),
      });
      return parseOneminFeatureAnswer(json, context.assetBase);
    }
    const json = await apiFetch('/api/gptimageapi/images/edit', {
      ...request,
      json: buildGptImageApiEditRequest(settings, assets.imageUrl ?? ''),
    });
    return parseGptImageApiAnswer(json, estimateCredits(entry, settings)?.credits);
  } catch (error) {
    if (error instanceof UpstreamAnswerError) throw new ApiError('bad_upstream_answer', error.message, 200);
    throw error;
  }
}

function missingAssets(entry: CatalogEntry, assets: JobAssets): string[] {
  const missing: string[] = [];
  if (entry.needsSource && !assets.imageUrl) missing.push('Add a source image first.');
  if (entry.needsMask && !assets.maskUrl) missing.push('Paint a mask over the part to change first.');
  return missing;
}
