import type { ApiErrorBody, ApiErrorCode } from '../../wire/proxy.ts';

export type ApiError = ApiErrorBody['error'];

/** A failure the proxy answers as `{ error: { code, message, status } }` with that HTTP status. */
export class ProxyError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  /** Extra response headers, such as `Retry-After`. */
  readonly headers: Record<string, string>;

  constructor(code: ApiErrorCode, status: number, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'ProxyError';
    this.code = code;
    this.status = status;
    this.headers = headers;
  }

  toApiError(): ApiError {
    return { code: this.code, message: this.message, status: this.status };
  }
}

export function errorResponse(error: ApiError, headers: Record<string, string> = {}): Response {
  const body: ApiErrorBody = { error };
  return Response.json(body, { status: error.status, headers });
}

export function proxyErrorResponse(error: ProxyError): Response {
  return errorResponse(error.toApiError(), error.headers);
}

export const badRequest = (message: string) => new ProxyError('bad_request', 400, message);

export const notFound = (message: string) => new ProxyError('not_found', 404, message);

export const cancelledError = () =>
  new ProxyError(
    'cancelled',
    409,
    'The job was cancelled before the provider answered. Start it again if you still want it.',
  );

export const internalError = () =>
  new ProxyError(
    'internal',
    500,
    "The studio's server failed unexpectedly. Try again; if it keeps happening, restart the studio.",
  );
