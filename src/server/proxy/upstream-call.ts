import { cancelledError, ProxyError } from './errors.ts';
import {
  badUpstreamAnswer,
  errorFromFetchFailure,
  errorFromStatus,
  timedOut,
  type Peer,
} from './upstream-errors.ts';
import type { Upstream } from './upstreams.ts';
import { redactText, redactValue, secretPattern } from '../redact.ts';

/** The largest answer read from a provider: their JSON answers are a few kilobytes. */
const ANSWER_MAX_BYTES = 4 * 1024 * 1024;

export type CallLimits = {
  /** Aborts the call: a cancel (its reason a `ProxyError`) or the browser going away. */
  signal: AbortSignal;
  timeoutMs: number;
};

/**
 * Runs `work` with a signal that fires on the caller's abort or after `timeoutMs`, and turns
 * whatever it throws into a `ProxyError` that says which of the two happened, or how the
 * connection failed.
 */
export async function withUpstreamSignal<T>(
  upstream: Peer,
  limits: CallLimits,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  try {
    return await work(AbortSignal.any([limits.signal, timeout]));
  } catch (error) {
    if (error instanceof ProxyError) throw error;
    // A request body that failed its own checks (see upload-guard) surfaces as the fetch's cause.
    if (error instanceof Error && error.cause instanceof ProxyError) throw error.cause;
    if (limits.signal.aborted) {
      throw limits.signal.reason instanceof ProxyError ? limits.signal.reason : cancelledError();
    }
    if (timeout.aborted) throw timedOut(upstream, limits.timeoutMs);
    throw errorFromFetchFailure(upstream, error);
  }
}

/** One request whose answer must be JSON: a 2xx answer's parsed body, else the mapped error. */
export function callUpstreamJson(
  upstream: Upstream,
  url: string,
  init: RequestInit,
  limits: CallLimits,
): Promise<unknown> {
  return withUpstreamSignal(upstream, limits, async (signal) => {
    const response = await fetch(url, { ...init, signal, redirect: 'error' });
    // A provider that echoes the key (in an error, say) must not carry it to the browser, in
    // whatever case or escape it wrote it: blanked from the text, then from every parsed string.
    const pattern = upstream.mode === 'live' ? secretPattern([upstream.apiKey]) : undefined;
    const text = redactText(await readCapped(response, upstream), pattern);
    const json = redactValue(parseJson(text), pattern);
    if (!response.ok) throw errorFromStatus(upstream, response.status, json, response.headers);
    if (json === undefined) throw badUpstreamAnswer(upstream);
    return json;
  });
}

/** The answer's text, refused (and the connection dropped) past `ANSWER_MAX_BYTES`. */
async function readCapped(response: Response, upstream: Upstream): Promise<string> {
  if (Number(response.headers.get('content-length') ?? 0) > ANSWER_MAX_BYTES) {
    void response.body?.cancel();
    throw badUpstreamAnswer(upstream);
  }
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of response.body ?? []) {
    length += chunk.length;
    // Leaving the loop by throwing cancels the rest of the answer.
    if (length > ANSWER_MAX_BYTES) throw badUpstreamAnswer(upstream);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
