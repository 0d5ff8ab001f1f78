import type { QueryClient } from '@tanstack/react-query';
import { parseOneminAssetAnswer } from '../../wire/onemin/answer.ts';
import { UpstreamAnswerError } from '../../wire/result.ts';
import { ApiError, errorFromAnswer, fetchFailure, parseJson } from '../../api/client.ts';
import { queryKeys } from '../../api/keys.ts';

/** Bytes to put on 1min.ai, with the content hash that names them. */
export type AssetBytes = { blob: Blob; hash: string; name: string };

/** `POST /api/onemin/assets`: uploads one image and answers its asset path. */
export async function uploadAsset({ blob, name }: AssetBytes, signal?: AbortSignal): Promise<string> {
  const form = new FormData();
  form.append('asset', blob, name);
  let response: Response;
  try {
    response = await fetch('/api/onemin/assets', { method: 'POST', body: form, signal });
  } catch (error) {
    throw fetchFailure(error, signal);
  }
  const body = parseJson(await response.text().catch(() => ''));
  if (!response.ok) throw errorFromAnswer(response.status, body);
  try {
    return parseOneminAssetAnswer(body);
  } catch (error) {
    if (error instanceof UpstreamAnswerError) throw new ApiError('bad_upstream_answer', error.message, 200);
    throw error;
  }
}

/**
 * The asset path holding these bytes: uploaded once per content hash and reused for every
 * later run in this page (concurrent asks share one upload).
 */
export function assetPathFor(
  queryClient: QueryClient,
  asset: AssetBytes,
  signal?: AbortSignal,
): Promise<string> {
  return queryClient.fetchQuery({
    queryKey: queryKeys.asset(asset.hash),
    queryFn: () => uploadAsset(asset, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}

/** Records that a path already holds these bytes (a result used as the next source): no upload needed. */
export function rememberAssetPath(queryClient: QueryClient, hash: string, path: string): void {
  queryClient.setQueryData(queryKeys.asset(hash), path);
}
