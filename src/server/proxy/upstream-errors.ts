import { ProxyError } from './errors.ts';
import type { Upstream } from './upstreams.ts';

/** Whoever the proxy is talking to, as messages name it. */
export type Peer = { label: string };

const CREDIT_WORDS = /credit|balance|insufficient funds|top.?up/i;
const KEY_WORDS = /api.?key|unauthori[sz]ed|invalid key|forbidden/i;
const MESSAGE_MAX_CHARS = 300;
/** A run this long without a space is a token, an id or encoded data, never words a person needs. */
const OPAQUE_RUN = /\S{24,}/g;
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/**
 * A provider's own words as a sentence of the studio may quote them: bounded in length, on one
 * line, and without long opaque runs. Keys are already blanked out of the whole answer, in
 * every encoding `secretPattern` knows, on arrival; this keeps out what no pattern foresaw.
 */
export function providerWords(text: string): string {
  const plain = text.replace(CONTROL, ' ').replace(OPAQUE_RUN, '…').trim();
  return plain.length > MESSAGE_MAX_CHARS ? `${plain.slice(0, MESSAGE_MAX_CHARS)}…` : plain;
}

/** The human message in a provider's error answer, wherever that provider puts it. */
export function providerMessage(json: unknown): string | undefined {
  if (!json || typeof json !== 'object') return undefined;
  const body = json as Record<string, unknown>;
  const nested =
    body.error && typeof body.error === 'object'
      ? (body.error as Record<string, unknown>).message
      : undefined;
  const found = [body.message, body.error, nested, body.detail, body.msg].find(
    (value): value is string => typeof value === 'string' && value.trim().length > 0,
  );
  return found === undefined ? undefined : providerWords(found);
}

function keyRefused(upstream: Upstream): ProxyError {
  return new ProxyError(
    'key_refused',
    502,
    `The server's API key was refused by ${upstream.label}. Check the key in .env and restart the studio.`,
  );
}

function outOfCredits(upstream: Upstream): ProxyError {
  return new ProxyError(
    'out_of_credits',
    402,
    `The ${upstream.label} account is out of credits. Top up the account, then try again.`,
  );
}

export function badUpstreamAnswer(upstream: Upstream): ProxyError {
  return new ProxyError(
    'bad_upstream_answer',
    502,
    `${upstream.label} answered with something that is not what the studio expects. Try again in a moment.`,
  );
}

/** A failure the provider reports inside a successful HTTP answer (such as `code !== 0`). */
export function errorFromProviderMessage(upstream: Upstream, message: string | undefined): ProxyError {
  if (message && CREDIT_WORDS.test(message)) return outOfCredits(upstream);
  if (message && KEY_WORDS.test(message)) return keyRefused(upstream);
  const said = message ? `: ${providerWords(message)}` : '';
  return new ProxyError(
    'provider_failed',
    502,
    `${upstream.label} could not do the job${said}. Try again in a moment.`,
  );
}

/** An HTTP error status from a provider as the error the browser sees; `json` is its parsed body, if any. */
export function errorFromStatus(
  upstream: Upstream,
  status: number,
  json: unknown,
  headers: Headers,
): ProxyError {
  const message = providerMessage(json);
  const said = message ? `: ${message}` : '';
  if (status === 429) return rateLimited(upstream, headers.get('retry-after'));
  if (status === 402 || (status >= 400 && status < 500 && message && CREDIT_WORDS.test(message))) {
    return outOfCredits(upstream);
  }
  if (status === 401 || status === 403) return keyRefused(upstream);
  if (status === 400 || status === 422) {
    return new ProxyError(
      'bad_request',
      400,
      `${upstream.label} refused the request${said || ' as malformed'}.`,
    );
  }
  if (status === 413) {
    return new ProxyError(
      'payload_too_large',
      413,
      `${upstream.label} refused the file as too large. Use a smaller image.`,
    );
  }
  if (status === 415) {
    return new ProxyError(
      'unsupported_media',
      415,
      `${upstream.label} refused the file type. Use a PNG, JPEG or WebP image.`,
    );
  }
  if (status === 504) {
    return new ProxyError(
      'timeout',
      504,
      `${upstream.label} timed out before finishing the job. Try again in a moment.`,
    );
  }
  return new ProxyError(
    'provider_failed',
    502,
    `${upstream.label} failed (HTTP ${status}${said}). Try again in a moment.`,
  );
}

function rateLimited(upstream: Upstream, retryAfter: string | null): ProxyError {
  const seconds = retryAfterSeconds(retryAfter);
  const when = seconds === undefined ? 'in a minute' : `in ${seconds} second${seconds === 1 ? '' : 's'}`;
  return new ProxyError(
    'rate_limited',
    429,
    `${upstream.label} is rate limiting the studio; try again ${when}.`,
    seconds === undefined ? {} : { 'Retry-After': String(seconds) },
  );
}

/** `Retry-After` as whole seconds from now: it may be a number of seconds or an HTTP date. */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** A fetch that threw: the connection failed or broke before an answer came. */
export function errorFromFetchFailure(upstream: Peer, error: unknown): ProxyError {
  const code = causeCode(error);
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EHOSTUNREACH') {
    return new ProxyError(
      'provider_failed',
      502,
      `The studio could not reach ${upstream.label}. Check the server's network connection and try again.`,
    );
  }
  return new ProxyError(
    'provider_failed',
    502,
    `The connection to ${upstream.label} broke before it answered. Try again in a moment.`,
  );
}

export function timedOut(upstream: Peer, timeoutMs: number): ProxyError {
  return new ProxyError(
    'timeout',
    504,
    `${upstream.label} did not answer within ${duration(timeoutMs)}. Try again, perhaps with fewer images or a lower quality.`,
  );
}

function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} seconds`;
}

function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** A 2xx answer that is not the expected shape: the provider's own message if it gave one. */
export function failureInAnswer(upstream: Upstream, answer: unknown): ProxyError {
  const message = providerMessage(answer);
  return message === undefined ? badUpstreamAnswer(upstream) : errorFromProviderMessage(upstream, message);
}
