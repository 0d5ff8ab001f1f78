import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { ProxyError } from './errors.ts';
import { IMAGE_MIME, sniffImageType } from '../../wire/image-type.ts';
import { decodedBody, getImage } from './image-host.ts';
import { startDeadline, type Deadline } from './upstream-call.ts';
import type { Peer } from './upstream-errors.ts';

/** Bytes `sniffImageType` needs to decide. */
const MAGIC_BYTES = 12;

export type ImageFetchLimits = { prefixes: string[]; timeoutMs: number; maxBytes: number };

/** Declared types an image host may answer with; the bytes decide what the image really is. */
const ACCEPTED_DECLARED_TYPE = /^(image\/(png|jpe?g|webp)|application\/octet-stream|binary\/octet-stream)\b/i;

const notAllowed = () =>
  new ProxyError(
    'bad_request',
    400,
    "The studio only fetches images from the providers' image hosts. Use the address the provider gave for the image.",
  );
const notAnImage = (host: Peer) =>
  new ProxyError(
    'bad_upstream_answer',
    502,
    `The address at ${host.label} did not hold a PNG, JPEG or WebP image.`,
  );
const tooLarge = (maxBytes: number) =>
  new ProxyError(
    'payload_too_large',
    413,
    `The image is larger than the studio fetches (${Math.floor(maxBytes / (1024 * 1024))} MB).`,
  );

/** The URL if it lies under one of the allowed prefixes; credentials in a URL never pass. */
function allowedImageUrl(raw: string | undefined, prefixes: string[]): URL {
  if (!raw) throw new ProxyError('bad_request', 400, "Give the image's address as ?url=….");
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ProxyError('bad_request', 400, "The image's address is not a valid URL.");
  }
  const allowed =
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    !url.username &&
    !url.password &&
    prefixes.some((prefix) => url.href.startsWith(prefix));
  if (!allowed) throw notAllowed();
  return url;
}

/**
 * Fetches an allowed image and streams it back: no redirects followed, the type proven by
 * the first bytes, the size capped. Follows the browser's connection, within the time limit,
 * which runs until the last byte has passed.
 */
export async function fetchImage(
  raw: string | undefined,
  limits: ImageFetchLimits,
  browserSignal: AbortSignal,
) {
  const url = allowedImageUrl(raw, limits.prefixes);
  const host: Peer = { label: url.host };
  const deadline = startDeadline(host, { signal: browserSignal, timeoutMs: limits.timeoutMs });
  let answer: IncomingMessage;
  try {
    answer = await getImage(url, deadline.signal);
  } catch (error) {
    deadline.end();
    throw deadline.failure(error);
  }
  let source: Readable;
  try {
    source = checkedBody(answer, host, limits.maxBytes);
  } catch (error) {
    answer.destroy();
    deadline.end();
    throw error;
  }
  const body = imageBody(source, limits.maxBytes, deadline);
  const type = sniffImageType(await body.head);
  if (type === null) {
    void body.stream.cancel();
    throw notAnImage(host);
  }
  const headers: Record<string, string> = {
    'Content-Type': IMAGE_MIME[type],
    // A provider's image never changes at its address; signed addresses differ per signature.
    'Cache-Control': 'private, max-age=604800, immutable',
    'X-Content-Type-Options': 'nosniff',
  };
  // The declared length is the bytes passed on only without a content encoding; otherwise it
  // is left out and the bytes are counted as they pass. Sent, it spares the browser chunking.
  const length = answer.headers['content-length'];
  if (length && source === answer) headers['Content-Length'] = length;
  return new Response(body.stream, { status: 200, headers });
}

/** The answer's body, decoded, if the answer is an image the studio may pass on. */
function checkedBody(answer: IncomingMessage, host: Peer, maxBytes: number): Readable {
  const status = answer.statusCode ?? 0;
  if (status >= 300 && status < 400) {
    throw new ProxyError(
      'bad_upstream_answer',
      502,
      `${host.label} answered with a redirect, which the studio does not follow. Use the image's direct address.`,
    );
  }
  if (status === 403 || status === 404 || status === 410) {
    throw new ProxyError(
      'not_found',
      404,
      'The image is no longer at its address (signed links expire after 7 days). Use the copy in the history or run the job again.',
    );
  }
  if (status < 200 || status >= 300) {
    throw new ProxyError(
      'provider_failed',
      502,
      `${host.label} failed to send the image (HTTP ${status}). Try again in a moment.`,
    );
  }
  if (!ACCEPTED_DECLARED_TYPE.test(answer.headers['content-type'] ?? '')) throw notAnImage(host);
  const body = decodedBody(answer);
  if (!body) throw notAnImage(host);
  if (body === answer && Number(answer.headers['content-length'] ?? 0) > maxBytes) throw tooLarge(maxBytes);
  return body;
}

/**
 * The body as the response's stream, each chunk passed on as it arrived (not copied), cut
 * off with an error past `maxBytes`; and its first bytes, for the type, once they are in.
 * The deadline ends with the body, however it ends.
 */
function imageBody(source: Readable, maxBytes: number, deadline: Deadline) {
  let received = 0;
  let finished = false;
  const firstChunks: Buffer[] = [];
  let headKnown = false;
  let resolveHead!: (head: Uint8Array) => void;
  let rejectHead!: (error: unknown) => void;
  const head = new Promise<Uint8Array>((resolve, reject) => {
    resolveHead = resolve;
    rejectHead = reject;
  });
  const knowHead = () => {
    if (headKnown) return;
    headKnown = true;
    // Almost always the first chunk holds the magic bytes: looked at as it is, not copied.
    resolveHead(firstChunks.length === 1 ? firstChunks[0]! : Buffer.concat(firstChunks));
    firstChunks.length = 0;
  };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const fail = (cause: unknown) => {
        if (finished) return;
        finished = true;
        const error = deadline.failure(cause);
        deadline.end();
        source.destroy();
        controller.error(error);
        rejectHead(error);
      };
      source.on('data', (chunk: Buffer) => {
        if (finished) return;
        received += chunk.length;
        if (received > maxBytes) return fail(tooLarge(maxBytes));
        controller.enqueue(chunk);
        if (!headKnown) {
          firstChunks.push(chunk);
          if (received >= MAGIC_BYTES) knowHead();
        }
        // Held back while the browser reads slower than the host sends (never before the head is in).
        if (headKnown && (controller.desiredSize ?? 0) <= 0) source.pause();
      });
      source.once('end', () => {
        if (finished) return;
        finished = true;
        deadline.end();
        knowHead();
        controller.close();
      });
      source.on('error', fail);
      // Closed with neither an end nor an error (the Error is built only then, not for every image).
      source.once('close', () => {
        if (!finished) fail(new Error('The image host closed the connection early.'));
      });
    },
    pull() {
      source.resume();
    },
    cancel() {
      if (finished) return;
      finished = true;
      deadline.end();
      source.destroy();
    },
  });
  return { stream, head };
}
