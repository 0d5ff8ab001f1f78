import { describe, expect, it } from 'vitest';
import { ProxyError } from './errors.ts';
import { pngBytes } from './test-support.ts';
import { guardUpload } from './upload-guard.ts';

const BOUNDARY = '----studio-test-boundary';
const HEAD_TIMEOUT_MS = 5_000;

function multipart(parts: { name: string; filename: string; bytes: Uint8Array }[]): Buffer {
  const pieces: Buffer[] = [];
  for (const part of parts) {
    pieces.push(
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\n` +
          'Content-Type: image/png\r\n\r\n',
      ),
      Buffer.from(part.bytes),
      Buffer.from('\r\n'),
    );
  }
  pieces.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(pieces);
}

/** A request whose body arrives in chunks of `size` bytes, so delimiters straddle chunks. */
/** `length`: the declared Content-Length, the true one unless given, none when false. */
function chunkedRequest(body: Buffer, size: number, length: number | boolean = true): Request {
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= body.length) return controller.close();
      controller.enqueue(body.subarray(offset, offset + size));
      offset += size;
    },
  });
  const headers: Record<string, string> = { 'Content-Type': `multipart/form-data; boundary=${BOUNDARY}` };
  if (length !== false) headers['Content-Length'] = String(length === true ? body.length : length);
  return new Request('http://studio.test/api/onemin/assets', {
    method: 'POST',
    body: stream,
    headers,
    duplex: 'half',
  } as RequestInit);
}

async function drain(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

async function failureOf(promise: Promise<unknown>): Promise<ProxyError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProxyError);
  return error as ProxyError;
}

describe('guardUpload', () => {
  it('passes a single PNG part through byte for byte, however the chunks fall', async () => {
    const body = multipart([{ name: 'asset', filename: 'a.png', bytes: await pngBytes(12, 12) }]);
    for (const size of [1, 2, 3, 7, 16, 61, 4096]) {
      const upload = await guardUpload(chunkedRequest(body, size), 1024 * 1024, HEAD_TIMEOUT_MS);
      expect((await drain(upload.body)).equals(body)).toBe(true);
      expect(upload.contentLength).toBe(String(body.length));
      expect(upload.failure()).toBeUndefined();
    }
  });

  it('cuts the stream off when a second part follows, however the chunks fall', async () => {
    const png = await pngBytes(12, 12);
    const body = multipart([
      { name: 'asset', filename: 'a.png', bytes: png },
      { name: 'other', filename: 'b.sh', bytes: new TextEncoder().encode('#!/bin/sh\nrm -rf /\n') },
    ]);
    for (const size of [1, 5, 64, 4096]) {
      const upload = await guardUpload(chunkedRequest(body, size), 1024 * 1024, HEAD_TIMEOUT_MS);
      await expect(drain(upload.body)).rejects.toBeDefined();
      expect(upload.failure()?.status).toBe(400);
    }
  });

  it('refuses content that is not an image before reading further', async () => {
    const body = multipart([
      { name: 'asset', filename: 'notes.png', bytes: new TextEncoder().encode('hello, this is text') },
    ]);
    const error = await failureOf(guardUpload(chunkedRequest(body, 3), 1024 * 1024, HEAD_TIMEOUT_MS));
    expect([error.status, error.code]).toEqual([415, 'unsupported_media']);
  });

  it('refuses an undeclared length and one over the cap before reading, and cuts off a body longer than declared', async () => {
    const body = multipart([{ name: 'asset', filename: 'a.png', bytes: await pngBytes(64, 64) }]);
    const undeclared = await failureOf(
      guardUpload(chunkedRequest(body, 64, false), 1024 * 1024, HEAD_TIMEOUT_MS),
    );
    expect([undeclared.status, undeclared.code]).toEqual([411, 'bad_request']);

    const declared = await failureOf(guardUpload(chunkedRequest(body, 64), body.length - 1, HEAD_TIMEOUT_MS));
    expect([declared.status, declared.code]).toEqual([413, 'payload_too_large']);

    const understated = await guardUpload(
      chunkedRequest(body, 64, body.length - 100),
      1024 * 1024,
      HEAD_TIMEOUT_MS,
    );
    await expect(drain(understated.body)).rejects.toBeDefined();
    expect(understated.failure()?.message).toMatch(/longer than the size it declared/);
  });

  it('refuses a part under another field name or without a file name', async () => {
    const png = await pngBytes(4, 4);
    const wrongName = multipart([{ name: 'file', filename: 'a.png', bytes: png }]);
    expect(
      (await failureOf(guardUpload(chunkedRequest(wrongName, 4096), 1024 * 1024, HEAD_TIMEOUT_MS))).status,
    ).toBe(400);
    const noFilename = Buffer.from(
      multipart([{ name: 'asset', filename: 'a.png', bytes: png }])
        .toString('latin1')
        .replace('; filename="a.png"', ''),
      'latin1',
    );
    expect(
      (await failureOf(guardUpload(chunkedRequest(noFilename, 4096), 1024 * 1024, HEAD_TIMEOUT_MS))).status,
    ).toBe(400);
  });

  it('refuses a head that trickles in past its own timeout, forwarding nothing', async () => {
    const opening = Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="asset"`);
    let sent = false;
    const stream = new ReadableStream<Uint8Array>({
      // One piece of the head, then nothing more: a client that stalls.
      pull: (controller) => {
        if (!sent) controller.enqueue(opening);
        sent = true;
        return new Promise(() => undefined);
      },
    });
    const request = new Request('http://studio.test/api/onemin/assets', {
      method: 'POST',
      headers: { 'Content-Type': `multipart/form-data; boundary=${BOUNDARY}`, 'Content-Length': '4096' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    const error = await failureOf(guardUpload(request, 1024 * 1024, 50));
    expect(error.status).toBe(408);
    expect(error.message).toMatch(/started too slowly/);
  });
});
