import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { IDEMPOTENCY_HEADER } from '../../wire/proxy.ts';
import type { ProxyError } from './errors.ts';
import type { JobJournal } from './journal.ts';
import { clientKey, createTokenBuckets, rateLimited, type RateLimits } from './rate-limit.ts';

/**
 * What admission leaves for a paid route: the check the job runner makes once it knows the
 * request starts an upstream call of its own (a join does not), refusing it when over the limit.
 */
export type AdmissionVariables = { admitPaid?: () => ProxyError | undefined };

/** The routes that cost the studio's account money. */
export const PAID_ROUTES = {
  features: '/api/onemin/features',
  edit: '/api/gptimageapi/images/edit',
} as const;

const PAID_PATHS = new Set<string>(Object.values(PAID_ROUTES));

/**
 * The per-client rate limit. Every request takes a token from the client's API bucket; a paid
 * request also takes one from its paid bucket, but only when it calls upstream, so a request
 * that joins an earlier job with the same `Idempotency-Key` costs no paid token. A paid request
 * that could not get one is refused here, before its body is read.
 */
export function rateLimit(
  limits: RateLimits,
  journal: JobJournal,
): MiddlewareHandler<{ Variables: AdmissionVariables }> {
  const api = createTokenBuckets(limits.apiPerMinute);
  const paid = createTokenBuckets(limits.paidPerMinute);
  return async (c, next) => {
    const client = clientKey(clientAddress(c));
    const general = api.take(client);
    if (!general.ok) throw rateLimited(general.retryAfterSeconds);
    if (c.req.method !== 'POST' || !PAID_PATHS.has(c.req.path)) return next();

    const key = c.req.header(IDEMPOTENCY_HEADER);
    const joins = key !== undefined && (await journal.get(key)) !== undefined;
    if (!joins) {
      const early = paid.peek(client);
      if (!early.ok) throw rateLimited(early.retryAfterSeconds);
    }
    c.set('admitPaid', () => {
      const admission = paid.take(client);
      return admission.ok ? undefined : rateLimited(admission.retryAfterSeconds);
    });
    return next();
  };
}

/** The peer's address when served by Node; undefined elsewhere (as in `app.request` tests). */
function clientAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}
