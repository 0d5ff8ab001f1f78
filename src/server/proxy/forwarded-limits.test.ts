import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestProxy, type TestProxy } from './test-support.ts';

const PROXY = '127.0.0.9';

/** A GET of `/api/jobs/none` from `from`, with an X-Forwarded-For header when given. */
function get(url: string, from: string, forwardedFor?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers = forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {};
    const req = httpRequest(`${url}/api/jobs/none`, { localAddress: from, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('rate limits behind a trusted reverse proxy', () => {
  let proxy: TestProxy;
  const logs = () => proxy.logs.join('\n');
  beforeAll(async () => {
    proxy = await startTestProxy(
      () => ({ STUDIO_TRUSTED_PROXIES: PROXY, RATE_LIMIT_API_PER_MIN: '3' }),
      () => 1_000_000,
    );
  });
  afterAll(() => proxy.close());

  it('count each browser apart by the address the proxy forwards', async () => {
    const busy = [];
    for (let i = 0; i < 4; i++) busy.push(await get(proxy.url, PROXY, '198.51.100.1'));
    expect(busy).toEqual([404, 404, 404, 429]);
    expect(await get(proxy.url, PROXY, '198.51.100.2')).toBe(404);
  });

  it('count a client that is not a trusted proxy by its own address, and say so once', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await get(proxy.url, '127.0.0.10', `203.0.113.${i}`));
    expect(statuses).toEqual([404, 404, 404, 429]);
    expect(logs().match(/STUDIO_TRUSTED_PROXIES does not list/g)).toHaveLength(1);
  });
});
