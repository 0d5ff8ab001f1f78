import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimFailure } from '../simulator/index.ts';
import { ApiErrorBody } from '../../wire/proxy.ts';
import {
  generateBody,
  pngBytes,
  postJson,
  startTestProxy,
  uploadForm,
  type TestProxy,
} from './test-support.ts';

let proxy: TestProxy;
let image: string;

beforeAll(async () => {
  proxy = await startTestProxy(() => ({ UPSTREAM_TIMEOUT_MS: '400' }));
  image = `data:image/png;base64,${(await pngBytes(16, 16)).toString('base64')}`;
});
afterAll(() => proxy.close());

type Expected = { status: number; code: string; message: RegExp; retryAfter?: string };

const expectations = (label: string): Record<SimFailure, Expected> => ({
  '401': {
    status: 502,
    code: 'key_refused',
    message: new RegExp(
      `^The server's API key was refused by ${label}\\. Check the key in \\.env and restart the studio\\.$`,
    ),
  },
  '402': { status: 402, code: 'out_of_credits', message: /out of credits/ },
  '429': {
    status: 429,
    code: 'rate_limited',
    message: /rate limiting the studio; try again in 7 seconds/,
    retryAfter: '7',
  },
  '500': { status: 502, code: 'provider_failed', message: /failed \(HTTP 500: Internal server error\)/ },
  'bad-json': { status: 502, code: 'bad_upstream_answer', message: /not what the studio expects/ },
  reset: { status: 502, code: 'provider_failed', message: /connection to .* broke before it answered/ },
  timeout: { status: 504, code: 'timeout', message: /did not answer within 400 ms\. Try again/ },
  slow: { status: 504, code: 'timeout', message: /did not answer within/ },
});

const routes = [
  {
    name: 'features',
    label: '1min.ai',
    send: () => postJson(`${proxy.url}/api/onemin/features`, generateBody()),
  },
  {
    name: 'images/edit',
    label: 'gptimageapi.dev',
    send: () => postJson(`${proxy.url}/api/gptimageapi/images/edit`, { prompt: 'Make it blue', image }),
  },
  {
    name: 'assets',
    label: '1min.ai',
    send: async () =>
      fetch(`${proxy.url}/api/onemin/assets`, {
        method: 'POST',
        body: uploadForm(await pngBytes(16, 16), 'a.png'),
      }),
  },
];

describe.each(routes)('an injected failure on $name', ({ label, send }) => {
  it.each(Object.entries(expectations(label)))('%s becomes the right error', async (failure, expected) => {
    await proxy.simControl({ fail: failure as SimFailure, failCount: 1, reset: true });
    const response = await send();
    expect(response.status).toBe(expected.status);
    const { error } = ApiErrorBody.parse(await response.json());
    expect(error.code).toBe(expected.code);
    expect(error.status).toBe(expected.status);
    expect(error.message).toMatch(expected.message);
    if (expected.retryAfter) expect(response.headers.get('retry-after')).toBe(expected.retryAfter);
    // Paid requests are never retried: exactly one reached the simulator.
    const { requests } = await proxy.simStats();
    expect(requests.features + requests.edit + requests.assets).toBe(1);
  });
});

describe('a gptimageapi.dev answer with code !== 0', () => {
  let fake: Server;
  let fakeProxy: TestProxy;
  let answer: unknown;

  beforeAll(async () => {
    fake = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(answer));
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    const { port } = fake.address() as AddressInfo;
    fakeProxy = await startTestProxy(() => ({
      GPTIMAGEAPI_API_KEY: 'test-key',
      GPTIMAGEAPI_BASE_URL: `http://127.0.0.1:${port}`,
    }));
  });
  afterAll(async () => {
    await fakeProxy.close();
    await new Promise((resolve) => fake.close(resolve));
  });

  const edit = () => postJson(`${fakeProxy.url}/api/gptimageapi/images/edit`, { prompt: 'x', image });

  it('is 402 out_of_credits when the message speaks of credits or balance', async () => {
    answer = { code: 1003, message: 'Insufficient balance, please recharge', data: null };
    const response = await edit();
    expect(response.status).toBe(402);
    expect((await response.json()).error.code).toBe('out_of_credits');
  });

  it("is 502 provider_failed carrying the provider's message otherwise", async () => {
    answer = { code: 5000, message: 'Model is overloaded', data: null };
    const response = await edit();
    expect(response.status).toBe(502);
    const { error } = ApiErrorBody.parse(await response.json());
    expect(error).toMatchObject({
      code: 'provider_failed',
      message: expect.stringContaining('Model is overloaded'),
    });
  });

  it('is 502 bad_upstream_answer when the answer has no recognisable shape', async () => {
    answer = { hello: 'world' };
    const response = await edit();
    expect(response.status).toBe(502);
    expect((await response.json()).error.code).toBe('bad_upstream_answer');
  });
});
