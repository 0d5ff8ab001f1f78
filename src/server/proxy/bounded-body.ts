import { badRequest, ProxyError } from './errors.ts';
import type { ByteBudget } from './byte-budget.ts';
import { collectGarbage } from './collect-garbage.ts';

/** Bodies this large are collected as soon as they are let go, before the budget admits the next. */
const COLLECT_ABOVE_BYTES = 8 * 1024 * 1024;

type BodyLimits = { maxBytes: number; budget: ByteBudget; timeoutMs: number };

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
 * waits for room in the shared byte budget, and only then is it read, into one buffer of
 * exactly that size. Answers the bytes and the function that gives them back to the budget,
 * to be called once they are no longer held.
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

  const giveBack = await limits.budget.acquire(declared, request.signal);
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
    return { bytes: await readExactly(request.body, declared, limits.timeoutMs), release };
  } catch (error) {
    release();
    throw error;
  }
}

async function readExactly(
  body: ReadableStream<Uint8Array>,
  length: number,
  timeoutMs: number,
): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(length);
  const reader = body.getReader();
  const timer = setTimeout(() => void reader.cancel(slow()), timeoutMs);
  let filled = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read().catch(() => {
        throw slow();
      });
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
