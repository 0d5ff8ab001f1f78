import { describe, expect, it } from 'vitest';
import { errorFromStatus, providerMessage, retryAfterSeconds } from './upstream-errors.ts';
import type { Upstream } from './upstreams.ts';

const onemin: Upstream = {
  id: 'onemin',
  label: '1min.ai',
  mode: 'live',
  apiKey: 'k',
  baseUrl: 'https://api.1min.ai',
};

describe('retryAfterSeconds', () => {
  it('reads seconds and HTTP dates, and nothing else', () => {
    const now = Date.parse('2025-01-15T10:30:00Z');
    expect(retryAfterSeconds('12', now)).toBe(12);
    expect(retryAfterSeconds('Wed, 15 Jan 2025 10:30:30 GMT', now)).toBe(30);
    expect(retryAfterSeconds('Wed, 15 Jan 2025 10:00:00 GMT', now)).toBe(0);
    expect(retryAfterSeconds('soon', now)).toBeUndefined();
    expect(retryAfterSeconds(null, now)).toBeUndefined();
  });
});

describe('providerMessage', () => {
  it('finds the message wherever a provider puts it, bounded in length', () => {
    expect(providerMessage({ message: 'a' })).toBe('a');
    expect(providerMessage({ error: 'b' })).toBe('b');
    expect(providerMessage({ error: { message: 'c' } })).toBe('c');
    expect(providerMessage({ detail: 'd' })).toBe('d');
    expect(providerMessage({ other: 1 })).toBeUndefined();
    expect(providerMessage({ message: 'word '.repeat(200) })?.length).toBe(301);
  });

  it('keeps it to one line, without the long opaque runs that tokens and encoded data make', () => {
    expect(providerMessage({ message: 'Bad size\nfor\u2028this model.' })).toBe('Bad size for this model.');
    expect(providerMessage({ message: `Request ${'Zm9vYmFy'.repeat(4)} refused.` })).toBe(
      'Request … refused.',
    );
    expect(providerMessage({ message: 'A short id abc123 is kept.' })).toBe('A short id abc123 is kept.');
  });
});

describe('errorFromStatus', () => {
  const statusOf = (status: number, body: unknown = {}, headers: Record<string, string> = {}) =>
    errorFromStatus(onemin, status, body, new Headers(headers));

  it('maps statuses to the studio codes', () => {
    expect(statusOf(401)).toMatchObject({ code: 'key_refused', status: 502 });
    expect(statusOf(403)).toMatchObject({ code: 'key_refused', status: 502 });
    expect(statusOf(402)).toMatchObject({ code: 'out_of_credits', status: 402 });
    expect(statusOf(403, { message: 'Not enough credits' })).toMatchObject({
      code: 'out_of_credits',
      status: 402,
    });
    expect(statusOf(400, { message: 'prompt too long' })).toMatchObject({
      code: 'bad_request',
      status: 400,
      message: '1min.ai refused the request: prompt too long.',
    });
    expect(statusOf(429, {}, { 'Retry-After': '1' })).toMatchObject({
      code: 'rate_limited',
      message: '1min.ai is rate limiting the studio; try again in 1 second.',
      headers: { 'Retry-After': '1' },
    });
    expect(statusOf(429).message).toMatch(/try again in a minute/);
    expect(statusOf(503)).toMatchObject({ code: 'provider_failed', status: 502 });
    expect(statusOf(504)).toMatchObject({ code: 'timeout', status: 504 });
  });
});
