import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBody, IDEMPOTENCY_HEADER } from '../../wire/proxy.ts';
import {
  generateBody,
  pngBytes,
  postJson,
  startTestProxy,
  uploadForm,
  type TestProxy,
} from './test-support.ts';

let counter = 0;
const newKey = () => `admission-${Date.now()}-${(counter += 1)}`;

const generate = (proxy: TestProxy, key?: string, headers: Record<string, string> = {}) =>
  postJson(`${proxy.url}/api/onemin/features`, generateBody(), {
    ...(key ? { [IDEMPOTENCY_HEADER]: key } : {}),
    ...headers,
  });

/** A generate request sent from another loopback address, as a second designer's machine. */
function generateFrom(
  localAddress: string,
  proxy: TestProxy,
  headers: Record<string, string> = {},
): Promise<number> {
  const body = JSON.stringify(generateBody());
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${proxy.url}/api/onemin/features`,
      { method: 'POST', localAddress, headers: { 'Content-Type': 'application/json', ...headers } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function expectRateLimited(response: Response, seconds: number) {
  expect(response.status).toBe(429);
  expect(response.headers.get('retry-after')).toBe(String(seconds));
  expect(ApiErrorBody.parse(await response.json())).toEqual({
    error: {
      code: 'rate_limited',
      message: `Too many requests from this browser; try again in ${seconds} s.`,
      status: 429,
    },
  });
}

describe('the per-client rate limit on paid requests', () => {
  let proxy: TestProxy;
  beforeAll(async () => {
    // The clock stands still, so the bucket refills nothing while the test runs: Retry-After is exact.
    proxy = await startTestProxy(
      () => ({ RATE_LIMIT_PAID_PER_MIN: '2' }),
      () => 1_000_000,
    );
  });
  afterAll(() => proxy.close());

  it('answers 429 with Retry-After once a client has spent its paid requests, before upstream', async () => {
    expect((await generate(proxy, newKey())).status).toBe(200);
    expect((await generate(proxy)).status).toBe(200);
    await expectRateLimited(await generate(proxy, newKey()), 30);
    expect((await proxy.simStats()).requests.features).toBe(2);
    // Other routes draw on their own budget, and another client on its own.
    expect((await fetch(`${proxy.url}/api/health`)).status).toBe(200);
    expect(await generateFrom('127.0.0.2', proxy)).toBe(200);
  });
});

describe('the per-client rate limit behind a trusted reverse proxy', () => {
  let proxy: TestProxy;
  beforeAll(async () => {
    proxy = await startTestProxy(
      () => ({ RATE_LIMIT_PAID_PER_MIN: '1', STUDIO_TRUSTED_PROXIES: '127.0.0.5' }),
      () => 1_000_000,
    );
  });
  afterAll(() => proxy.close());

  it("counts each browser by the address the proxy forwards, and believes no one else's header", async () => {
    const via = (browser: string) => ({ 'X-Forwarded-For': browser });
    expect(await generateFrom('127.0.0.5', proxy, via('203.0.113.1'))).toBe(200);
    expect(await generateFrom('127.0.0.5', proxy, via('203.0.113.1'))).toBe(429);
    // Another browser behind the same proxy has its own budget.
    expect(await generateFrom('127.0.0.5', proxy, via('203.0.113.2'))).toBe(200);
    // A peer that is not the proxy cannot pick a fresh address with the header.
    expect(await generateFrom('127.0.0.6', proxy, via('203.0.113.3'))).toBe(200);
    expect(await generateFrom('127.0.0.6', proxy, via('203.0.113.4'))).toBe(429);
  });
});

describe('a double click (two requests with one Idempotency-Key)', () => {
  let proxy: TestProxy;
  beforeAll(async () => {
    proxy = await startTestProxy(() => ({ RATE_LIMIT_PAID_PER_MIN: '1' }));
  });
  afterAll(() => proxy.close());

  it('is one upstream call and one paid request, even with a single one left', async () => {
    await proxy.simControl({ latencyMs: 200 });
    const key = newKey();
    const [first, second] = await Promise.all([generate(proxy, key), generate(proxy, key)]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(await second.json()).toEqual(await first.json());
    expect((await proxy.simStats()).requests.features).toBe(1);

    // Collecting the answer again is free; a new job is not.
    expect((await generate(proxy, key)).status).toBe(200);
    await expectRateLimited(await generate(proxy, newKey()), 60);
    await expectRateLimited(await generate(proxy), 60);
    expect((await proxy.simStats()).requests.features).toBe(1);
  });
});

describe('two different jobs racing for the last paid request', () => {
  let proxy: TestProxy;
  beforeAll(async () => {
    proxy = await startTestProxy(() => ({ RATE_LIMIT_PAID_PER_MIN: '1' }));
  });
  afterAll(() => proxy.close());

  it('runs one; the other is refused and its key forgotten, so it can be sent again later', async () => {
    const keys = [newKey(), newKey()];
    const answers = await Promise.all(keys.map((key) => generate(proxy, key)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 429]);
    const refused = keys[answers.findIndex((a) => a.status === 429)]!;
    expect((await fetch(`${proxy.url}/api/jobs/${refused}`)).status).toBe(404);
    expect((await proxy.simStats()).requests.features).toBe(1);
  });
});

describe('the per-client rate limit on the other routes', () => {
  let proxy: TestProxy;
  beforeAll(async () => {
    proxy = await startTestProxy(() => ({ RATE_LIMIT_API_PER_MIN: '5' }));
  });
  afterAll(() => proxy.close());

  it('counts every /api request, paid ones and unknown routes included', async () => {
    expect((await generate(proxy)).status).toBe(200);
    expect((await fetch(`${proxy.url}/api/nowhere`)).status).toBe(404);
    for (let i = 0; i < 3; i++) expect((await fetch(`${proxy.url}/api/health`)).status).toBe(200);
    await expectRateLimited(await fetch(`${proxy.url}/api/health`), 12);
    await expectRateLimited(await generate(proxy), 12);
    expect((await proxy.simStats()).requests.features).toBe(1);
  });
});

describe('requests from another web page', () => {
  let proxy: TestProxy;
  beforeAll(async () => {
    proxy = await startTestProxy();
  });
  afterAll(() => proxy.close());

  it('are refused with 403 when they would change anything, and never reach upstream', async () => {
    const host = new URL(proxy.url).host;
    const png = await pngBytes(8, 8);
    const refusals = [
      await generate(proxy, undefined, { Origin: 'https://evil.example' }),
      await generate(proxy, undefined, { Origin: 'null' }),
      await generate(proxy, undefined, { 'Sec-Fetch-Site': 'cross-site' }),
      await generate(proxy, undefined, { 'Sec-Fetch-Site': 'same-site', Origin: 'http://127.0.0.1:1' }),
      await fetch(`${proxy.url}/api/onemin/assets`, {
        method: 'POST',
        body: uploadForm(png, 'a.png'),
        headers: { Origin: 'https://evil.example' },
      }),
      await fetch(`${proxy.url}/api/jobs/some-job`, {
        method: 'DELETE',
        headers: { Origin: 'https://evil.example' },
      }),
    ];
    for (const response of refusals) {
      expect(response.status).toBe(403);
      expect(ApiErrorBody.parse(await response.json()).error.message).toMatch(/studio's own page/);
    }
    const stats = await proxy.simStats();
    expect([stats.requests.features, stats.requests.assets]).toEqual([0, 0]);

    const own = await generate(proxy, undefined, {
      Origin: `http://${host}`,
      'Sec-Fetch-Site': 'same-origin',
    });
    expect(own.status).toBe(200);
    const reading = await fetch(`${proxy.url}/api/health`, { headers: { Origin: 'https://evil.example' } });
    expect(reading.status).toBe(200);
  });
});
