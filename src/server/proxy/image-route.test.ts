import { createServer, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBody } from '../../wire/proxy.ts';
import { loadConfig } from '../config.ts';
import { generateBody, pngBytes, postJson, startTestProxy, type TestProxy } from './test-support.ts';
import { resolveUpstreams } from './upstreams.ts';

let proxy: TestProxy;
let host: Server;
let hostUrl: string;
let png: Buffer;
/** Requests the image host received, so a refusal can be shown to have fetched nothing. */
let hostHits = 0;
/** Connections the image host accepted, and how many of them have closed. */
let hostConnections = 0;
let hostClosed = 0;
/** Above any simulator result of these tests, far below what the hostile host sends. */
const IMAGE_CAP = 8 * 1024 * 1024;

/** An image host on an allowed prefix that misbehaves on purpose. */
function startHostileHost(): Promise<Server> {
  const server = createServer((req, res) => {
    hostHits += 1;
    switch (req.url) {
      case '/assets/redirect':
        res.writeHead(302, { Location: 'http://169.254.169.254/latest/meta-data/' });
        return res.end();
      case '/assets/page':
        res.writeHead(200, { 'Content-Type': 'text/html' });
        return res.end('<script>alert(1)</script>');
      case '/assets/disguised':
        res.writeHead(200, { 'Content-Type': 'image/png' });
        return res.end('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
      case '/assets/octet':
        res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
        return res.end(png);
      case '/assets/huge': {
        const body = Buffer.concat([png, Buffer.alloc(IMAGE_CAP)]);
        res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': String(body.length) });
        return res.end(body);
      }
      case '/assets/gzip': {
        const body = gzipSync(png);
        res.writeHead(200, {
          'Content-Type': 'image/png',
          'Content-Encoding': 'gzip',
          'Content-Length': String(body.length),
        });
        return res.end(body);
      }
      case '/assets/gzip-bomb': {
        // Small on the wire, past the cap once decoded: the cap must count decoded bytes.
        const body = gzipSync(Buffer.concat([png, Buffer.alloc(IMAGE_CAP)]));
        res.writeHead(200, {
          'Content-Type': 'image/png',
          'Content-Encoding': 'gzip',
          'Content-Length': String(body.length),
        });
        return res.end(body);
      }
      case '/assets/stall':
        return; // never answers
      case '/assets/stall-body':
        res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': String(png.length * 2) });
        return res.write(png); // half the body, then nothing
      case '/assets/huge-chunked':
        res.writeHead(200, { 'Content-Type': 'image/png' });
        res.write(png);
        return setTimeout(() => res.end(Buffer.alloc(IMAGE_CAP)), 20);
      default:
        res.writeHead(404);
        return res.end();
    }
  });
  server.on('connection', (socket) => {
    hostConnections += 1;
    socket.once('close', () => (hostClosed += 1));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

beforeAll(async () => {
  png = await pngBytes(20, 10);
  host = await startHostileHost();
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  proxy = await startTestProxy(() => ({
    ONEMIN_ASSET_BASE: `${hostUrl}/assets`,
    MAX_IMAGE_BYTES: String(IMAGE_CAP),
  }));
});
afterAll(async () => {
  await proxy.close();
  host.closeAllConnections();
  await new Promise((resolve) => host.close(resolve));
});

const viaProxy = (url: string) => fetch(`${proxy.url}/api/image?url=${encodeURIComponent(url)}`);

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  const { error } = ApiErrorBody.parse(await response.json());
  expect(error).toMatchObject({ code, status });
  return error;
}

describe('GET /api/image', () => {
  it("streams a result image from the simulator's signed URL, typed by its bytes", async () => {
    const answer = (await (await postJson(`${proxy.url}/api/onemin/features`, generateBody())).json()) as {
      aiRecord: { temporaryUrl: string };
    };
    const response = await viaProxy(answer.aiRecord.temporaryUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1024, 1024]);
  });

  it('accepts an octet-stream answer whose bytes are an image, under the configured asset base', async () => {
    const response = await viaProxy(`${hostUrl}/assets/octet`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await response.arrayBuffer()).equals(png)).toBe(true);
  });

  it('serves a gzip-encoded image intact, measured by what it forwards', async () => {
    const response = await viaProxy(`${hostUrl}/assets/gzip`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).not.toBe(String(gzipSync(png).length));
    expect(Buffer.from(await response.arrayBuffer()).equals(png)).toBe(true);

    const bomb = await viaProxy(`${hostUrl}/assets/gzip-bomb`);
    await expect(bomb.arrayBuffer()).rejects.toThrow();
  });

  it("allows 1min.ai's virtual-hosted S3 prefix", () => {
    const config = loadConfig({}, mkdtempSync(join(tmpdir(), 'studio-prefixes-')));
    expect(resolveUpstreams(config, 'http://127.0.0.1:1').imagePrefixes).toContain(
      'https://asset.1min.ai.s3.us-east-1.amazonaws.com/',
    );
  });

  it('caps the size: by Content-Length up front, and mid-stream when there is none', async () => {
    const error = await expectError(await viaProxy(`${hostUrl}/assets/huge`), 413, 'payload_too_large');
    expect(error.message).toMatch(/larger than the studio fetches/);
    const chunked = await viaProxy(`${hostUrl}/assets/huge-chunked`);
    expect(chunked.status).toBe(200);
    await expect(chunked.arrayBuffer()).rejects.toThrow();
  });

  it('refuses hosts outside the allowlist, metadata addresses and URLs with credentials', async () => {
    for (const url of [
      'https://example.com/image.png',
      'http://169.254.169.254/latest/meta-data/',
      'https://asset.1min.ai.evil.example/x.png',
      'https://asset.1min.ai@evil.example/x.png',
      'https://s3.us-east-1.amazonaws.com/other-bucket/x.png',
      'https://s3.us-east-1.amazonaws.com/asset.1min.ai/../other-bucket/x.png',
      'http://asset.1min.ai/x.png',
      'file:///etc/passwd',
      `${hostUrl}/redirect.png`,
    ]) {
      const error = await expectError(await viaProxy(url), 400, 'bad_request');
      expect(error.message).toMatch(/only fetches images from the providers' image hosts/);
    }
  });

  it('refuses other spellings of private, loopback, link-local and metadata hosts without fetching', async () => {
    const port = new URL(hostUrl).port;
    const before = hostHits;
    for (const url of [
      // DNS names that resolve to loopback or private addresses: only the allowed prefixes pass.
      `http://localhost:${port}/assets/octet`,
      `http://localtest.me:${port}/assets/octet`,
      `http://127.0.0.1.nip.io:${port}/assets/octet`,
      'http://169.254.169.254.nip.io/latest/meta-data/',
      'http://metadata.google.internal/computeMetadata/v1/',
      // IPv6 and numeric IPv4 forms.
      `http://[::1]:${port}/assets/octet`,
      `http://[::ffff:127.0.0.1]:${port}/assets/octet`,
      `http://0.0.0.0:${port}/assets/octet`,
      'http://[::ffff:a9fe:a9fe]/latest/meta-data/',
      'http://[fd00:ec2::254]/latest/meta-data/',
      'http://[fe80::1]/x.png',
      'http://2852039166/latest/meta-data/',
      'http://0xa9fea9fe/latest/meta-data/',
      'http://0251.0376.0251.0376/latest/meta-data/',
      'http://10.0.0.1/x.png',
      'http://192.168.1.1/x.png',
      // Userinfo and delimiter tricks.
      `http://user@127.0.0.1:${port}/assets/octet`,
      `${hostUrl}@evil.example/assets/octet`,
      'https://asset.1min.ai:443@evil.example/x.png',
      'https://evil.example\\@asset.1min.ai/x.png',
      'https://evil.example#@asset.1min.ai/x.png',
      'https://evil.example?@asset.1min.ai/x.png',
      // Percent-encoding, control characters and look-alikes.
      'https://asset%2e1min%2eai.evil.example/x.png',
      'https://asset.1min.ai%2f@evil.example/x.png',
      'https://asset.1min.ai%252f.evil.example/x.png',
      'https://asset.1min.ai\t.evil.example/x.png',
      'https://\u0430sset.1min.ai/x.png',
      'https://s3.us-east-1.amazonaws.com/asset.1min.ai/%2e%2e/other-bucket/x.png',
      'https://asset.1min.ai:8443/x.png',
      // Other schemes.
      'ftp://asset.1min.ai/x.png',
      'blob:https://asset.1min.ai/x.png',
      'data:image/png;base64,iVBORw0KGgo=',
      'javascript:alert(1)',
    ]) {
      const response = await viaProxy(url);
      expect(response.status, url).toBe(400);
      expect(ApiErrorBody.parse(await response.json()).error.code, url).toBe('bad_request');
    }
    expect(hostHits).toBe(before);
  });

  it('takes a spelling that the URL standard turns into an allowed prefix as that prefix', async () => {
    const port = new URL(hostUrl).port;
    for (const url of [`http://127.1:${port}/assets/octet`, `HTTP://127.0.0.1:${port}/assets/x/../octet`]) {
      const response = await viaProxy(url);
      expect(response.status, url).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(png)).toBe(true);
    }
  });

  it('refuses a missing or malformed url', async () => {
    await expectError(await fetch(`${proxy.url}/api/image`), 400, 'bad_request');
    await expectError(await viaProxy('not a url'), 400, 'bad_request');
  });

  it('refuses to follow a redirect, even from an allowed host', async () => {
    const error = await expectError(await viaProxy(`${hostUrl}/assets/redirect`), 502, 'bad_upstream_answer');
    expect(error.message).toMatch(/redirect, which the studio does not follow/);
  });

  it('refuses answers that are not images, whatever they claim to be', async () => {
    await expectError(await viaProxy(`${hostUrl}/assets/page`), 502, 'bad_upstream_answer');
    await expectError(await viaProxy(`${hostUrl}/assets/disguised`), 502, 'bad_upstream_answer');
  });

  it('answers 404 for an expired signed URL', async () => {
    const answer = (await (await postJson(`${proxy.url}/api/onemin/features`, generateBody())).json()) as {
      aiRecord: { temporaryUrl: string };
    };
    await proxy.simControl({ expireUrls: true });
    const error = await expectError(await viaProxy(answer.aiRecord.temporaryUrl), 404, 'not_found');
    expect(error.message).toMatch(/signed links expire/);
    await proxy.simControl({ expireUrls: false });
  });

  it('keeps its connection to the image host open from one image to the next', async () => {
    const before = hostConnections;
    for (let i = 0; i < 3; i++) {
      const response = await viaProxy(`${hostUrl}/assets/octet`);
      expect(Buffer.from(await response.arrayBuffer()).equals(png)).toBe(true);
    }
    // One new connection at most (an earlier test may have left none open).
    expect(hostConnections - before).toBeLessThanOrEqual(1);
  });

  it('drops the connection to the image host when the browser leaves mid-image', async () => {
    const closedBefore = hostClosed;
    const leave = new AbortController();
    const response = await fetch(
      `${proxy.url}/api/image?url=${encodeURIComponent(`${hostUrl}/assets/stall-body`)}`,
      {
        signal: leave.signal,
      },
    );
    expect(response.status).toBe(200);
    leave.abort();
    await expect.poll(() => hostClosed).toBeGreaterThan(closedBefore);
  });
});

describe('GET /api/image within its time limit', () => {
  let quick: TestProxy;
  beforeAll(async () => {
    quick = await startTestProxy(() => ({ ONEMIN_ASSET_BASE: `${hostUrl}/assets`, IMAGE_TIMEOUT_MS: '300' }));
  });
  afterAll(() => quick.close());
  const viaQuick = (url: string) => fetch(`${quick.url}/api/image?url=${encodeURIComponent(url)}`);

  it('answers 504 when the image host does not answer in time', async () => {
    const error = await expectError(await viaQuick(`${hostUrl}/assets/stall`), 504, 'timeout');
    expect(error.message).toMatch(/did not answer within 300 ms/);
  });

  it('cuts off an image that stops arriving, and lets go of the host', async () => {
    const closedBefore = hostClosed;
    const response = await viaQuick(`${hostUrl}/assets/stall-body`);
    expect(response.status).toBe(200);
    await expect(response.arrayBuffer()).rejects.toThrow();
    await expect.poll(() => hostClosed).toBeGreaterThan(closedBefore);
  });
});
