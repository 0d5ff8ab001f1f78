import { isInteger, isOneOf, isRecord, isString } from '../wire/plain-guards.ts';
import { API_ERROR_CODES } from '../wire/api-error-codes.ts';
import type { ApiErrorBody, ApiErrorCode } from '../wire/proxy.ts';

/** Why a call to the studio's own server failed; `network` means the server was not reached. */
export type ApiFailureCode = ApiErrorCode | 'network';

/** A failed `/api/*` call, with a sentence meant for the user as `message`. */
export class ApiError extends Error {
  readonly code: ApiFailureCode;
  /** The HTTP status, or 0 when no answer arrived. */
  readonly status: number;

  constructor(code: ApiFailureCode, message: string, status: number) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
  }
}

export type ApiRequest = Omit<RequestInit, 'body'> & {
  /** Sent as a JSON body with the matching content type. */
  json?: unknown;
};

/**
 * Calls the studio's proxy and answers the parsed JSON (null for an empty answer). Every
 * failure becomes an `ApiError` whose message can be shown as it is.
 */
export async function apiFetch(path: string, request: ApiRequest = {}): Promise<unknown> {
  const { json, headers, ...init } = request;
  const finalHeaders = new Headers(headers);
  finalHeaders.set('Accept', 'application/json');
  if (json !== undefined) finalHeaders.set('Content-Type', 'application/json');

  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: finalHeaders,
      ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
    });
  } catch (error) {
    throw fetchFailure(error, init.signal);
  }

  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw fetchFailure(error, init.signal);
  }
  const body = parseJson(text);

  if (!response.ok) throw errorFromAnswer(response.status, body);
  if (body === undefined) {
    throw new ApiError(
      'internal',
      `The studio's server answered with something that is not JSON (HTTP ${response.status}). Try again; if it keeps happening, check the server log.`,
      response.status,
    );
  }
  return body;
}

/** Distinguishes "no text" (null), "not JSON" (undefined) and JSON. */
export function parseJson(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The proxy's error body (its type inferred from the wire schema), checked without zod: the
 * session check at start reads error answers before the first paint.
 */
function isApiErrorBody(body: unknown): body is ApiErrorBody {
  if (!isRecord(body) || !isRecord(body.error)) return false;
  const { code, message, status } = body.error;
  return isOneOf(API_ERROR_CODES, code) && isString(message) && isInteger(status);
}

/** An error answer as an `ApiError`: the proxy's own sentence where it gave one. */
export function errorFromAnswer(status: number, body: unknown): ApiError {
  if (isApiErrorBody(body)) {
    const { code, message } = body.error;
    return new ApiError(code, message, status);
  }
  return new ApiError(
    status === 404 ? 'not_found' : 'internal',
    `The studio's server answered HTTP ${status} without an explanation. Try again; if it keeps happening, check the server log.`,
    status,
  );
}

/** A request that got no answer: cancelled by the user, or the server out of reach. */
export function fetchFailure(error: unknown, signal: AbortSignal | null | undefined): ApiError {
  if (signal?.aborted || (error instanceof DOMException && error.name === 'AbortError')) {
    return new ApiError('cancelled', 'Cancelled.', 0);
  }
  return new ApiError(
    'network',
    "Could not reach the studio's server. Check that it is running and your connection is up, then try again.",
    0,
  );
}

/** Any thrown value as a sentence for the user. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Try again.';
}
