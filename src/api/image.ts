import { queryOptions } from '@tanstack/react-query';
import { ApiErrorBody } from '../wire/proxy.ts';
import { ApiError } from './client.ts';
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
    throw transportFailure(error, signal);
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
    throw transportFailure(error, signal);
  }
}

/** A provider image as a same-origin blob, kept while something shows it. */
export const imageBlobQuery = (url: string) =>
  queryOptions({
    queryKey: [...queryKeys.all, 'image', url] as const,
    queryFn: ({ signal }) => fetchImageBlob(url, signal),
    // The bytes behind a URL never change; blobs are large, so they leave memory soon after use.
    staleTime: Infinity,
    gcTime: 60_000,
  });

async function failedAnswer(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = JSON.parse(await response.text());
  } catch {
    body = undefined;
  }
  const parsed = ApiErrorBody.safeParse(body);
  if (parsed.success) return new ApiError(parsed.data.error.code, parsed.data.error.message, response.status);
  return new ApiError(
    response.status === 404 ? 'not_found' : 'internal',
    `The image could not be fetched (HTTP ${response.status}). The link may have expired; run the job again to get a fresh one.`,
    response.status,
  );
}

function transportFailure(error: unknown, signal: AbortSignal | undefined): ApiError {
  if (signal?.aborted || (error instanceof DOMException && error.name === 'AbortError')) {
    return new ApiError('cancelled', 'Cancelled.', 0);
  }
  return new ApiError(
    'network',
    "Could not reach the studio's server to fetch the image. Check that it is running and your connection is up, then try again.",
    0,
  );
}
