import { badRequest, ProxyError } from './errors.ts';
import { collectGarbage } from './collect-garbage.ts';

/** Bodies this large are collected as soon as they are let go, before the budget admits the next. */
const COLLECT_ABOVE_BYTES = 8 * 1024 * 1024;

/**
 * The least rate a body must keep: after `graceMs`, each `minBytesPerSecond` bytes received
 * buy one more second (as Apache's mod_reqtimeout counts), so a sender that trickles is dropped
 * while a slow but steady connection is not.
 */
export type MinimumRate = { minBytesPerSecond: number; graceMs: number };

type BodyLimits = {
  maxBytes: number;
  /** Waits for room for `bytes` in the memory budget; answers the function that gives it back. */
  admit(bytes: number, signal: AbortSignal): Promise<() => void>;
  rate: MinimumRate;
};

const tooLarge = () =>
  new ProxyError(
    'payload_too_large',
    413,
    'The request is larger than the studio accepts. Use a smaller image.',
  );
const lengthRequired = () =>
  new ProxyError(
    'bad_request',
    411,
    'Send the request with its size (Content-Length), as browsers do, so an oversized one is refused before it travels.',
  );
const slow = () =>
  new ProxyError(
    'timeout',
    408,
    'The request body arrived too slowly. Check the connection and send it again.',
  );

/**
 * A body read within the server's memory budget: its declared size is checked first, then it
 * waits for room in the byte budget, and only then is it read, into one buffer of exactly that
 * size, at no less than the minimum rate. Answers the bytes and the function that gives them
 * back to the budget, to be called once they are no longer held.
 */
export async function readBoundedBody(
  request: Request,
  limits: BodyLimits,
): Promise<{ bytes: Buffer; release: () => void }> {
  const declaredText = request.headers.get('content-length') ?? '';
  if (!/^\d+$/.test(declaredText)) throw lengthRequired();
  const declared = Number(declaredText);
  if (declared > limits.maxBytes) throw tooLarge();
  if (!request.body) throw badRequest('The request body must be JSON.');

  const giveBack = await limits.admit(declared, request.signal);
  // Garbage is not freed memory: without a collection, the next large body would stack on top
  // of the last one's bytes and the budget would hold in name only. Once the caller's stack has
  // unwound, collect, then admit the next.
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    if (declared < COLLECT_ABOVE_BYTES) return giveBack();
    setImmediate(() => {
      collectGarbage();
      giveBack();
    });
  };
  try {
    return { bytes: await readExactly(request.body, declared, limits.rate), release };
  } catch (error) {
    release();
    throw error;
  }
}

async function readExactly(
  body: ReadableStream<Uint8Array>,
  length: number,
  rate: MinimumRate,
): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(length);
  const reader = body.getReader();
  let filled = 0;
  let tooSlow = false;
  const started = Date.now();
  // One timer, set for the moment the bytes so far stop buying time; moved on when more came.
  let timer: NodeJS.Timeout;
  const check = () => {
    const late = Date.now() - started - (rate.graceMs + (filled * 1000) / rate.minBytesPerSecond);
    if (late < 0) return void (timer = setTimeout(check, -late));
    tooSlow = true;
    void reader.cancel();
  };
  timer = setTimeout(check, rate.graceMs);
  try {
    for (;;) {
      const { done, value } = await reader.read().catch(() => {
        throw tooSlow ? slow() : badRequest('The request body did not arrive whole. Send it again.');
      });
      if (tooSlow) throw slow();
      if (done) break;
      if (filled + value.length > length) {
        void reader.cancel();
        throw badRequest('The request was longer than the size it declared. Send it again.');
      }
      buffer.set(value, filled);
      filled += value.length;
    }
  } finally {
    clearTimeout(timer);
  }
  if (filled < length) throw badRequest('The request was shorter than the size it declared. Send it again.');
  return buffer;
}
