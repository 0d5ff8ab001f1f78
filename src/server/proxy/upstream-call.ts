import { cancelledError, ProxyError } from './errors.ts';
import {
  badUpstreamAnswer,
  errorFromFetchFailure,
  errorFromStatus,
  timedOut,
  type Peer,
} from './upstream-errors.ts';
import type { Upstream } from './upstreams.ts';

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
    // A provider that echoes the key (in an error, say) must not carry it to the browser.
    const text = withoutKey(upstream, await response.text());
    if (!response.ok) throw errorFromStatus(upstream, response.status, text, response.headers);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw badUpstreamAnswer(upstream);
    }
  });
}

function withoutKey(upstream: Upstream, text: string): string {
  return upstream.mode === 'live' && upstream.apiKey ? text.split(upstream.apiKey).join('[key]') : text;
}
