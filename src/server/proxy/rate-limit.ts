import { ProxyError } from './errors.ts';

export type RateLimits = {
  /** Paid requests (generate, edit, inpaint) per minute per client. */
  paidPerMinute: number;
  /** Every other `/api` request per minute per client. */
  apiPerMinute: number;
};

/** Whether a request may go ahead, and if not, in how many seconds it may. */
export type Admission = { ok: true } | { ok: false; retryAfterSeconds: number };

export type TokenBuckets = {
  /** Takes one of the client's tokens, if it has one. */
  take(client: string): Admission;
  /** Whether `take` would succeed now, taking nothing. */
  peek(client: string): Admission;
};

/** Clients remembered at most; the least recently seen is forgotten first, so memory stays bounded. */
const DEFAULT_MAX_CLIENTS = 10_000;

type Bucket = { tokens: number; at: number };

/**
 * A token bucket per client: each holds `perMinute` tokens, refills continuously at that rate,
 * and a request takes one. A designer's burst passes; a loop that keeps firing is held to the rate.
 */
export function createTokenBuckets(
  perMinute: number,
  { now = Date.now, maxClients = DEFAULT_MAX_CLIENTS }: { now?: () => number; maxClients?: number } = {},
): TokenBuckets {
  const buckets = new Map<string, Bucket>();
  const perMs = perMinute / 60_000;

  const current = (client: string): Bucket => {
    const time = now();
    const known = buckets.get(client);
    const bucket = known
      ? { tokens: Math.min(perMinute, known.tokens + (time - known.at) * perMs), at: time }
      : { tokens: perMinute, at: time };
    // Re-inserting keeps the map in order of last use, oldest first.
    buckets.delete(client);
    buckets.set(client, bucket);
    if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value as string);
    return bucket;
  };

  const admission = (bucket: Bucket): Admission =>
    bucket.tokens >= 1
      ? { ok: true }
      : { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };

  return {
    take(client) {
      const bucket = current(client);
      const answer = admission(bucket);
      if (answer.ok) bucket.tokens -= 1;
      return answer;
    },
    peek: (client) => admission(current(client)),
  };
}

export const rateLimited = (retryAfterSeconds: number) =>
  new ProxyError(
    'rate_limited',
    429,
    `Too many requests from this browser; try again in ${retryAfterSeconds} s.`,
    { 'Retry-After': String(retryAfterSeconds) },
  );

/**
 * The bucket a client address belongs to: IPv4 as is (also when IPv4-mapped), IPv6 by its
 * /64 prefix, since one machine usually holds a whole /64 and could otherwise rotate addresses.
 */
export function clientKey(address: string | undefined): string {
  if (!address) return 'unknown';
  const plain = address.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(plain);
  if (mapped) return mapped[1]!;
  if (!plain.includes(':')) return plain;
  return `${expandIpv6(plain).slice(0, 4).join(':')}::/64`;
}

/** The eight hextets of an IPv6 address, `::` expanded and leading zeros dropped. */
function expandIpv6(address: string): string[] {
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(Math.max(0, missing)).fill('0'), ...right].map((part) =>
    (Number.parseInt(part, 16) || 0).toString(16),
  );
}
