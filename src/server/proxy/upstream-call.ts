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

/** A call's abort signal, its clock, and how to tell what a failure of the call was. */
export type Deadline = {
  /** Fires on the caller's abort or once `timeoutMs` has passed. */
  signal: AbortSignal;
  /** Stops the clock and lets go of the caller's signal; for when the call is over. */
  end(): void;
  /** A `ProxyError` for what made the call fail: the caller's abort, the time limit, or the connection. */
  failure(error: unknown): ProxyError;
};

/**
 * Starts a call's clock. One controller and a plain timer: `AbortSignal.timeout` and
 * `AbortSignal.any` each build a transferable signal, which cost more per request than
 * relaying a small image does.
 */
export function startDeadline(upstream: Peer, limits: CallLimits): Deadline {
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new DOMException('The upstream call timed out.', 'TimeoutError'));
  }, limits.timeoutMs);
  // Like AbortSignal.timeout's, the clock alone does not keep the process alive.
  timer.unref();
  const follow = () => controller.abort(limits.signal.reason);
  if (limits.signal.aborted) follow();
  else limits.signal.addEventListener('abort', follow, { once: true });
  return {
    signal: controller.signal,
    end() {
      clearTimeout(timer);
      limits.signal.removeEventListener('abort', follow);
    },
    failure(error) {
      if (error instanceof ProxyError) return error;
      // A request body that failed its own checks (see upload-guard) surfaces as the fetch's cause.
      if (error instanceof Error && error.cause instanceof ProxyError) return error.cause;
      if (limits.signal.aborted) {
        return limits.signal.reason instanceof ProxyError ? limits.signal.reason : cancelledError();
      }
      if (expired) return timedOut(upstream, limits.timeoutMs);
      return errorFromFetchFailure(upstream, error);
    },
  };
}

/**
 * Runs `work` with a signal that fires on the caller's abort or after `timeoutMs`, and turns
 * whatever it throws into a `ProxyError` that says which of the two happened, or how the
 * connection failed. The clock stops when `work` settles.
 */
export async function withUpstreamSignal<T>(
  upstream: Peer,
  limits: CallLimits,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const deadline = startDeadline(upstream, limits);
  try {
    return await work(deadline.signal);
  } catch (error) {
    throw deadline.failure(error);
  } finally {
    deadline.end();
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
