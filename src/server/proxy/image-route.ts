import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { cancelledError, ProxyError } from './errors.ts';
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
 * Fetches an allowed image and relays it into Node's response: no redirects followed, the type
 * proven by the first bytes, the size capped, each chunk written as it arrived (not copied, no
 * web stream), the headers in the same write as the first bytes. Follows the browser's
 * connection, within the time limit, which runs until the last byte has passed. Resolves once
 * the headers are written; a failure before then rejects (the caller answers it as JSON), one
 * after cuts the response off.
 */
export async function relayImage(
  raw: string | undefined,
  limits: ImageFetchLimits,
  browserSignal: AbortSignal,
  outgoing: ServerResponse,
): Promise<void> {
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
  // The declared length is the bytes passed on only without a content encoding; otherwise it
  // is left out and the bytes are counted as they pass. Sent, it spares the browser chunking.
  const length = source === answer ? answer.headers['content-length'] : undefined;
  const headersFor = (head: Buffer): OutgoingHttpHeaders => {
    const type = sniffImageType(head);
    if (type === null) throw notAnImage(host);
    return {
      'Content-Type': IMAGE_MIME[type],
      // A provider's image never changes at its address; signed addresses differ per signature.
      'Cache-Control': 'private, max-age=604800, immutable',
      'X-Content-Type-Options': 'nosniff',
      ...(length && { 'Content-Length': length }),
    };
  };
  return relay(source, outgoing, { maxBytes: limits.maxBytes, deadline, headersFor });
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
 * Pipes `source` into `outgoing` once its first bytes are in and `headersFor` has accepted
 * them, pausing while the browser reads slower than the host sends, cut off past `maxBytes`.
 * The deadline ends with the body, however it ends.
 */
function relay(
  source: Readable,
  outgoing: ServerResponse,
  { maxBytes, deadline, headersFor }: RelayOptions,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let received = 0;
    let started = false;
    let finished = false;
    const head: Buffer[] = [];

    const fail = (cause: unknown) => {
      if (finished) return;
      finished = true;
      const error = deadline.failure(cause);
      deadline.end();
      source.destroy();
      if (started) outgoing.destroy(error);
      else reject(error);
    };
    const send = (chunks: Buffer[]) => {
      let ready = true;
      for (const chunk of chunks) ready = outgoing.write(chunk);
      if (!ready) source.pause();
    };
    /** Writes the headers with the first bytes, if they prove an image; false if they did not. */
    const start = () => {
      let headers: OutgoingHttpHeaders;
      try {
        // Almost always the first chunk holds the magic bytes: looked at as it is, not copied.
        headers = headersFor(head.length === 1 ? head[0]! : Buffer.concat(head));
      } catch (error) {
        fail(error);
        return false;
      }
      started = true;
      outgoing.writeHead(200, headers);
      send(head.splice(0));
      resolve();
      return true;
    };

    source.on('data', (chunk: Buffer) => {
      if (finished) return;
      received += chunk.length;
      if (received > maxBytes) return fail(tooLarge(maxBytes));
      if (started) return send([chunk]);
      head.push(chunk);
      if (received >= MAGIC_BYTES) start();
    });
    outgoing.on('drain', () => source.resume());
    source.once('end', () => {
      if (finished || (!started && !start())) return;
      finished = true;
      deadline.end();
      outgoing.end();
    });
    source.on('error', fail);
    // Closed with neither an end nor an error (the Error is built only then, not for every image).
    source.once('close', () => {
      if (!finished) fail(new Error('The image host closed the connection early.'));
    });
    // The browser left: nothing to tell it, only the host to let go of.
    outgoing.once('close', () => {
      if (!finished) fail(cancelledError());
    });
  });
}

type RelayOptions = {
  maxBytes: number;
  deadline: Deadline;
  /** The response's headers for the body's first bytes; throws if they are not an image. */
  headersFor(head: Buffer): OutgoingHttpHeaders;
};
