import { queryOptions } from '@tanstack/react-query';
import { ApiError, errorFromAnswer, fetchFailure, parseJson } from './client.ts';
import { queryKeys } from './keys.ts';

/**
 * A provider's image fetched through the studio's own origin (`GET /api/image`), so it can
 * be drawn on a canvas without tainting it, downloaded, or kept in the history.
 */
export async function fetchImageBlob(url: string, signal?: AbortSignal): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(`/api/image?url=${encodeURIComponent(url)}`, { signal });
  } catch (error) {
    throw fetchFailure(error, signal);
  }
  if (!response.ok) throw await failedAnswer(response);
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.toLowerCase().startsWith('image/')) {
    throw new ApiError(
      'unsupported_media',
      'The image address answered with something that is not an image. The link may have expired; run the job again to get a fresh one.',
      response.status,
    );
  }
  try {
    return await response.blob();
  } catch (error) {
    throw fetchFailure(error, signal);
  }
}

/** A provider image as a same-origin blob, kept while something shows it. */
export const imageBlobQuery = (url: string) =>
  queryOptions({
    queryKey: queryKeys.image(url),
    queryFn: ({ signal }) => fetchImageBlob(url, signal),
    // The bytes behind a URL never change; blobs are large, so they leave memory soon after use.
    staleTime: Infinity,
    gcTime: 60_000,
  });

async function failedAnswer(response: Response): Promise<ApiError> {
  const error = errorFromAnswer(response.status, parseJson(await response.text().catch(() => '')));
  if (error.code !== 'internal' && error.code !== 'not_found') return error;
  return new ApiError(
    error.code,
    `The image could not be fetched (HTTP ${response.status}). The link may have expired; run the job again to get a fresh one.`,
    response.status,
  );
}
