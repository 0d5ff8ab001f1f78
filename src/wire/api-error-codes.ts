/**
 * The proxy's error codes as a plain list (`ApiErrorCode` in proxy.ts is the schema built from
 * it): the browser checks error answers before the first paint, without zod.
 */
export const API_ERROR_CODES = [
  'bad_request',
  'unsupported_media',
  'payload_too_large',
  'not_found',
  'key_refused',
  'out_of_credits',
  'rate_limited',
  'provider_failed',
  'timeout',
  'cancelled',
  'bad_upstream_answer',
  'internal',
  'unauthorized',
  'over_budget',
  'unavailable',
] as const;
