import { describe, expect, it } from 'vitest';
import { clientKey, createTokenBuckets, rateLimited } from './rate-limit.ts';

function clock() {
  let time = 1_000_000;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('createTokenBuckets', () => {
  it('lets a burst of perMinute through, then one request per 60/perMinute seconds', () => {
    const time = clock();
    const buckets = createTokenBuckets(30, { now: time.now });
    for (let i = 0; i < 30; i++) expect(buckets.take('a')).toEqual({ ok: true });
    expect(buckets.take('a')).toEqual({ ok: false, retryAfterSeconds: 2 });
    time.advance(1000);
    expect(buckets.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
    time.advance(1000);
    expect(buckets.take('a')).toEqual({ ok: true });
    expect(buckets.take('a').ok).toBe(false);
  });

  it('refills up to perMinute and no further', () => {
    const time = clock();
    const buckets = createTokenBuckets(3, { now: time.now });
    for (let i = 0; i < 3; i++) buckets.take('a');
    time.advance(10 * 60_000);
    expect([1, 2, 3, 4].map(() => buckets.take('a').ok)).toEqual([true, true, true, false]);
    expect(buckets.take('a')).toEqual({ ok: false, retryAfterSeconds: 20 });
  });

  it('keeps one bucket per client', () => {
    const buckets = createTokenBuckets(1, { now: clock().now });
    expect(buckets.take('a').ok).toBe(true);
    expect(buckets.take('a').ok).toBe(false);
    expect(buckets.take('b').ok).toBe(true);
  });

  it('peeks without taking', () => {
    const buckets = createTokenBuckets(1, { now: clock().now });
    expect(buckets.peek('a').ok).toBe(true);
    expect(buckets.peek('a').ok).toBe(true);
    expect(buckets.take('a').ok).toBe(true);
    expect(buckets.peek('a')).toEqual({ ok: false, retryAfterSeconds: 60 });
  });

  it('forgets the least recently seen client past maxClients, so memory stays bounded', () => {
    const buckets = createTokenBuckets(1, { now: clock().now, maxClients: 2 });
    buckets.take('a');
    buckets.take('b');
    expect(buckets.take('a').ok).toBe(false);
    buckets.take('c');
    // 'b' was the least recently seen and is forgotten; 'a' is still remembered as empty.
    expect(buckets.take('a').ok).toBe(false);
    expect(buckets.take('b').ok).toBe(true);
    // Remembering 'b' again pushed out 'c', now the least recently seen.
    expect(buckets.take('c').ok).toBe(true);
  });
});

describe('rateLimited', () => {
  it('says when to try again, in the message and in Retry-After', () => {
    const error = rateLimited(7);
    expect(error.toApiError()).toEqual({
      code: 'rate_limited',
      message: 'Too many requests from this browser; try again in 7 s.',
      status: 429,
    });
    expect(error.headers).toEqual({ 'Retry-After': '7' });
  });
});

describe('clientKey', () => {
  it('takes IPv4 as is, also IPv4-mapped IPv6', () => {
    expect(clientKey('192.168.1.20')).toBe('192.168.1.20');
    expect(clientKey('::ffff:192.168.1.20')).toBe('192.168.1.20');
    expect(clientKey('::FFFF:127.0.0.1')).toBe('127.0.0.1');
  });

  it('groups IPv6 by its /64, however the address is written', () => {
    const key = clientKey('2001:db8:aa:1::1');
    expect(key).toBe('2001:db8:aa:1::/64');
    expect(clientKey('2001:0db8:00aa:0001:ffff:1:2:3')).toBe(key);
    expect(clientKey('2001:DB8:AA:1:0:0:0:9%eth0')).toBe(key);
    expect(clientKey('2001:db8:aa:2::1')).not.toBe(key);
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
  });

  it('puts requests without an address in one bucket', () => {
    expect(clientKey(undefined)).toBe('unknown');
  });
});
