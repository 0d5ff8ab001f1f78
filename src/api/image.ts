import { ApiError, errorFromAnswer, fetchFailure, parseJson } from './client.ts';

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

async function failedAnswer(response: Response): Promise<ApiError> {
  const error = errorFromAnswer(response.status, parseJson(await response.text().catch(() => '')));
  if (error.code !== 'internal' && error.code !== 'not_found') return error;
  return new ApiError(
    error.code,
    `The image could not be fetched (HTTP ${response.status}). The link may have expired; run the job again to get a fresh one.`,
    response.status,
  );
}
