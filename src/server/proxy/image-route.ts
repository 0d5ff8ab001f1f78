import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { cancelledError, ProxyError } from './errors.ts';
import { IMAGE_MIME, sniffImageType } from '../../wire/image-type.ts';
import { decodedBody, getImage } from './image-host.ts';
import { relayBody } from './image-relay.ts';
import { startDeadline } from './upstream-call.ts';
import type { Peer } from './upstream-errors.ts';

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
  outgoing: ServerResponse,
): Promise<void> {
  const url = allowedImageUrl(raw, limits.prefixes);
  const host: Peer = { label: url.host };
  // The browser leaving closes Node's response. Watched there rather than through the web
  // Request's signal, whose first use builds a whole Request object.
  const browser = new AbortController();
  outgoing.once('close', () => {
    // Closed after the last byte is the normal end: no error built (it costs a stack trace).
    if (!outgoing.writableFinished) browser.abort(cancelledError());
  });
  const deadline = startDeadline(host, { signal: browser.signal, timeoutMs: limits.timeoutMs });
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
  return relayBody(source, outgoing, {
    maxBytes: limits.maxBytes,
    deadline,
    // An argument, not a named function: tsx names each named closure it makes, per request.
    headersFor: (head) => imageHeaders(head, host, length),
    tooLarge: () => tooLarge(limits.maxBytes),
  });
}

/** The response's headers for an image whose first bytes are `head`; throws if they are not an image's. */
function imageHeaders(head: Buffer, host: Peer, length: string | undefined): OutgoingHttpHeaders {
  const type = sniffImageType(head);
  if (type === null) throw notAnImage(host);
  return {
    'Content-Type': IMAGE_MIME[type],
    // A provider's image never changes at its address; signed addresses differ per signature.
    'Cache-Control': 'private, max-age=604800, immutable',
    'X-Content-Type-Options': 'nosniff',
    ...(length && { 'Content-Length': length }),
  };
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
