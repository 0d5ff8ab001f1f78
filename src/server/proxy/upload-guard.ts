import { ProxyError } from './errors.ts';
import { sniffImageType } from '../../wire/image-type.ts';

/** The multipart head (delimiter and part headers) must fit in this many bytes. */
const HEAD_MAX_BYTES = 16 * 1024;
const CRLF2 = Buffer.from('\r\n\r\n');
/** Bytes `sniffImageType` needs to decide. */
const MAGIC_BYTES = 12;

export type GuardedUpload = {
  /** The request's bytes, unchanged, for forwarding; errors if the checks fail mid-stream. */
  body: ReadableStream<Uint8Array>;
  contentType: string;
  contentLength: string;
  /** Why the stream was cut off, if it was. */
  failure(): ProxyError | undefined;
};

const tooLarge = (maxBytes: number) =>
  new ProxyError(
    'payload_too_large',
    413,
    `The image is larger than the studio accepts (${Math.floor(maxBytes / (1024 * 1024))} MB). Use a smaller image.`,
  );
const lengthRequired = () =>
  new ProxyError(
    'bad_request',
    411,
    'Send the upload with its size (Content-Length), as browsers do, so an oversized file is refused before it travels on.',
  );
const longerThanDeclared = () =>
  new ProxyError('bad_request', 400, 'The upload was longer than the size it declared. Send it again.');
const slowHead = () =>
  new ProxyError('timeout', 408, 'The upload started too slowly. Check the connection and send it again.');
const notOneAsset = () =>
  new ProxyError('bad_request', 400, 'Send exactly one image, as multipart/form-data in the field "asset".');
const notAnImage = () =>
  new ProxyError(
    'unsupported_media',
    415,
    'The file is not a PNG, JPEG or WebP image (the studio checks its content, not its name). Choose an image file.',
  );

/**
 * Checks an upload without buffering it: the body must be multipart with a single file part
 * named `asset` whose first bytes prove a PNG, JPEG or WebP image, and declare a length no
 * larger than `maxBytes`. The head and the declared length are checked before anything is
 * forwarded; the real size and the absence of further parts are checked as the bytes stream through.
 */
export async function guardUpload(
  request: Request,
  maxBytes: number,
  headTimeoutMs: number,
): Promise<GuardedUpload> {
  const contentType = request.headers.get('content-type') ?? '';
  const boundary = /^multipart\/form-data;.*\bboundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary || !request.body) throw notOneAsset();
  const contentLength = request.headers.get('content-length') ?? '';
  if (!/^\d+$/.test(contentLength)) throw lengthRequired();
  const declared = Number(contentLength);
  if (declared > maxBytes) throw tooLarge(maxBytes);

  const reader = request.body.getReader();
  // The head decides whether anything is forwarded: one that trickles in must not hold the
  // studio (and, once forwarded, an upstream request) open for minutes.
  let late = false;
  const timer = setTimeout(() => {
    late = true;
    void reader.cancel();
  }, headTimeoutMs);
  const { head, contentStart } = await readHead(reader, boundary, declared)
    .catch((error: unknown) => {
      throw late ? slowHead() : error;
    })
    .finally(() => clearTimeout(timer));
  const scanner = new ClosingScanner(`\r\n--${boundary}`, head.subarray(contentStart));
  let total = head.length;
  let failure: ProxyError | undefined;
  const fail = (controller: ReadableStreamDefaultController<Uint8Array>, error: ProxyError) => {
    failure = error;
    controller.error(error);
    void reader.cancel();
  };

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (scanner.extraPart) return fail(controller, notOneAsset());
      controller.enqueue(head);
    },
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) {
        if (!scanner.closed) return fail(controller, notOneAsset());
        return controller.close();
      }
      total += value.length;
      if (total > declared) return fail(controller, longerThanDeclared());
      scanner.push(value);
      if (scanner.extraPart) return fail(controller, notOneAsset());
      controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return { body, contentType, contentLength, failure: () => failure };
}

async function readHead(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  boundary: string,
  declared: number,
): Promise<{ head: Buffer; contentStart: number }> {
  const opening = Buffer.from(`--${boundary}\r\n`);
  let head = Buffer.alloc(0);
  for (;;) {
    const start = head.indexOf(opening);
    const headersEnd = start >= 0 ? head.indexOf(CRLF2, start) : -1;
    if (headersEnd >= 0 && head.length >= headersEnd + CRLF2.length + MAGIC_BYTES) {
      const headers = head.subarray(start + opening.length, headersEnd).toString('latin1');
      if (!isAssetFilePart(headers)) throw notOneAsset();
      const contentStart = headersEnd + CRLF2.length;
      if (!sniffImageType(head.subarray(contentStart, contentStart + MAGIC_BYTES))) throw notAnImage();
      return { head, contentStart };
    }
    if (head.length > HEAD_MAX_BYTES && headersEnd < 0) throw notOneAsset();
    const { done, value } = await reader.read();
    if (done) throw headersEnd >= 0 ? notAnImage() : notOneAsset();
    head = Buffer.concat([head, value]);
    if (head.length > declared) throw longerThanDeclared();
  }
}

function isAssetFilePart(headers: string): boolean {
  const disposition = /^content-disposition:\s*form-data;(.*)$/im.exec(headers)?.[1] ?? '';
  return /(^|;)\s*name="asset"/i.test(disposition) && /(^|;)\s*filename="[^"]*"/i.test(disposition);
}

/**
 * Watches the bytes after the first part's headers for the next delimiter: it must be the
 * closing one (`--boundary--`), since the upload carries a single part.
 */
class ClosingScanner {
  closed = false;
  extraPart = false;
  private tail = Buffer.alloc(0);
  private readonly delimiter: Buffer;

  constructor(delimiter: string, first: Uint8Array) {
    this.delimiter = Buffer.from(delimiter);
    this.push(first);
  }

  push(chunk: Uint8Array): void {
    if (this.closed || this.extraPart) return;
    const seen = Buffer.concat([this.tail, chunk]);
    const at = seen.indexOf(this.delimiter);
    const next = at + this.delimiter.length;
    if (at >= 0 && next + 2 <= seen.length) {
      if (seen[next] === 0x2d && seen[next + 1] === 0x2d) this.closed = true;
      else this.extraPart = true;
      return;
    }
    // Enough bytes to hold a delimiter whose two following bytes have not arrived yet.
    this.tail = seen.subarray(Math.max(0, seen.length - this.delimiter.length - 1));
  }
}
