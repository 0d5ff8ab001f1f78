import { ProxyError } from './errors.ts';
import { IMAGE_MIME, sniffImageType } from '../../wire/image-type.ts';
import { withUpstreamSignal } from './upstream-call.ts';
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
 * the first bytes, the size capped. Follows the browser's connection, within the time limit.
 */
export async function fetchImage(
  raw: string | undefined,
  limits: ImageFetchLimits,
  browserSignal: AbortSignal,
) {
  const url = allowedImageUrl(raw, limits.prefixes);
  const host: Peer = { label: url.host };
  const { response, head, reader } = await withUpstreamSignal(
    host,
    { signal: browserSignal, timeoutMs: limits.timeoutMs },
    async (signal) => {
      const answer = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: { Accept: 'image/png,image/jpeg,image/webp' },
      });
      try {
        checkAnswer(answer, host, limits.maxBytes);
      } catch (error) {
        void answer.body?.cancel();
        throw error;
      }
      const bodyReader = answer.body!.getReader();
      return { response: answer, reader: bodyReader, head: await readAtLeast(bodyReader, MAGIC_BYTES) };
    },
  );
  const type = sniffImageType(head);
  if (type === null) {
    void reader.cancel();
    throw notAnImage(host);
  }
  const headers: Record<string, string> = {
    'Content-Type': IMAGE_MIME[type],
    // A provider's image never changes at its address; signed addresses differ per signature.
    'Cache-Control': 'private, max-age=604800, immutable',
    'X-Content-Type-Options': 'nosniff',
  };
  // fetch hands over the decoded bytes: a declared length is theirs only without a content
  // encoding. Otherwise the length is left out and the bytes are counted as they pass.
  const length = response.headers.get('content-length');
  if (length && isIdentity(response)) headers['Content-Length'] = length;
  return new Response(cappedStream(head, reader, limits.maxBytes), { status: 200, headers });
}

function checkAnswer(answer: Response, host: Peer, maxBytes: number): void {
  if (answer.status >= 300 && answer.status < 400) {
    throw new ProxyError(
      'bad_upstream_answer',
      502,
      `${host.label} answered with a redirect, which the studio does not follow. Use the image's direct address.`,
    );
  }
  if (answer.status === 403 || answer.status === 404 || answer.status === 410) {
    throw new ProxyError(
      'not_found',
      404,
      'The image is no longer at its address (signed links expire after 7 days). Use the copy in the history or run the job again.',
    );
  }
  if (!answer.ok || !answer.body) {
    throw new ProxyError(
      'provider_failed',
      502,
      `${host.label} failed to send the image (HTTP ${answer.status}). Try again in a moment.`,
    );
  }
  if (!ACCEPTED_DECLARED_TYPE.test(answer.headers.get('content-type') ?? '')) throw notAnImage(host);
  if (isIdentity(answer) && Number(answer.headers.get('content-length') ?? 0) > maxBytes) {
    throw tooLarge(maxBytes);
  }
}

function isIdentity(answer: Response): boolean {
  const encoding = answer.headers.get('content-encoding')?.trim().toLowerCase();
  return !encoding || encoding === 'identity';
}

async function readAtLeast(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  bytes: number,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  while (length < bytes) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  // Almost always the first chunk holds the magic bytes: passed on as it is, not copied.
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

function cappedStream(head: Uint8Array, reader: ReadableStreamDefaultReader<Uint8Array>, maxBytes: number) {
  let total = head.length;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (total > maxBytes) {
        controller.error(tooLarge(maxBytes));
        void reader.cancel();
        return;
      }
      controller.enqueue(head);
    },
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) return controller.close();
      total += value.length;
      if (total > maxBytes) {
        controller.error(tooLarge(maxBytes));
        await reader.cancel();
        return;
      }
      controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}
