import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveOnLoopback, type LoopbackServer } from '../loopback-server.ts';
import { requestFrom } from '../peer-request.ts';
import { forwardedClientAddress, isTrustedProxy } from './client-address.ts';

describe('forwardedClientAddress', () => {
  let server: LoopbackServer;
  beforeAll(async () => {
    const app = new Hono();
    // 127.0.0.1 stands for the reverse proxy, 127.0.0.9 for a second one in front of it.
    app.get('/', (c) => c.text(forwardedClientAddress(c, ['127.0.0.1', '::ffff:127.0.0.9']) ?? 'none'));
    server = await serveOnLoopback(app.fetch);
  });
  afterAll(() => server.close());

  const seen = async (from: string, forwardedFor?: string) =>
    (
      await requestFrom(from, `${server.url}/`, {
        headers: forwardedFor === undefined ? {} : { 'X-Forwarded-For': forwardedFor },
      })
    ).body;

  it("takes the browser's address from a trusted proxy's X-Forwarded-For, read from the right", async () => {
    expect(await seen('127.0.0.1', '203.0.113.7')).toBe('203.0.113.7');
    // A browser may send its own X-Forwarded-For; the proxy appends the real address after it.
    expect(await seen('127.0.0.1', '10.9.9.9, 203.0.113.7')).toBe('203.0.113.7');
    // Proxies in a chain are skipped.
    expect(await seen('127.0.0.1', '203.0.113.7, 127.0.0.9')).toBe('203.0.113.7');
    expect(await seen('127.0.0.1', '2001:db8::1')).toBe('2001:db8::1');
  });

  it("keeps the proxy's own address when the header is missing or garbled", async () => {
    expect(await seen('127.0.0.1')).toBe('127.0.0.1');
    expect(await seen('127.0.0.1', 'unknown, 203.0.113.7, nonsense')).toBe('127.0.0.1');
    expect(await seen('127.0.0.1', '127.0.0.9')).toBe('127.0.0.1');
  });

  it('believes no header from any other peer', async () => {
    expect(await seen('127.0.0.2', '203.0.113.7')).toBe('127.0.0.2');
  });
});

describe('isTrustedProxy', () => {
  it('matches IPv4-mapped and plain forms, in any case, and nothing when none is trusted', () => {
    expect(isTrustedProxy('::ffff:10.0.0.2', ['10.0.0.2'])).toBe(true);
    expect(isTrustedProxy('FD00::1', ['fd00::1'])).toBe(true);
    expect(isTrustedProxy('10.0.0.3', ['10.0.0.2'])).toBe(false);
    expect(isTrustedProxy('10.0.0.2', [])).toBe(false);
    expect(isTrustedProxy(undefined, ['10.0.0.2'])).toBe(false);
  });
});
