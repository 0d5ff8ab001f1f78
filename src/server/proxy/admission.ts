import type { Context, MiddlewareHandler } from 'hono';
import { IDEMPOTENCY_HEADER } from '../../wire/proxy.ts';
import type { AccessVariables } from '../access/identify.ts';
import type { SharedState } from '../state/contracts.ts';
import { journalId } from './jobs.ts';
import type { ProxyError } from './errors.ts';
import { clientKey, rateLimited, type RateLimits } from './rate-limit.ts';
import type { Spending } from './spending.ts';

/**
 * What admission leaves for a paid route: the check the job runner makes once it knows the
 * request starts an upstream call of its own (a join does not), refusing it when over the limit.
 */
export type AdmissionVariables = AccessVariables & {
  admitPaid?: () => Promise<ProxyError | undefined>;
  /** Who the request counts against: the signed-in user, or the browser's address. */
  client?: string;
};

/** The routes that cost the studio's account money. */
export const PAID_ROUTES = {
  features: '/api/onemin/features',
  edit: '/api/gptimageapi/images/edit',
} as const;

const PAID_PATHS = new Set<string>(Object.values(PAID_ROUTES));

/**
 * The per-client rate limit, and the budget's first check. Every request takes a token from the
 * client's API bucket; a paid request also takes one from its paid bucket, but only when it calls
 * upstream, so a request that joins an earlier job with the same `Idempotency-Key` costs no paid
 * token. A paid request that could not get one, or whose user has spent their budget, is refused
 * here, before its body is read. A signed-in user is one client wherever they connect from;
 * behind a trusted reverse proxy, an address is the browser's, forwarded by the proxy.
 */
export function rateLimit(
  limits: RateLimits,
  state: SharedState,
  spending: Spending,
): MiddlewareHandler<{ Variables: AdmissionVariables }> {
  const api = state.buckets('api', limits.apiPerMinute);
  const paid = state.buckets('paid', limits.paidPerMinute);
  return async (c, next) => {
    const user = c.get('user');
    const client = clientOf(c, user);
    c.set('client', client);
    const general = await api.take(client);
    if (!general.ok) throw rateLimited(general.retryAfterSeconds);
    if (c.req.method !== 'POST' || !PAID_PATHS.has(c.req.path)) return next();

    const key = c.req.header(IDEMPOTENCY_HEADER);
    const joins = key !== undefined && (await state.journal.get(journalId(ownerOf(c), key))) !== undefined;
    if (!joins) {
      const early = await paid.peek(client);
      if (!early.ok) throw rateLimited(early.retryAfterSeconds);
      const spent = user === undefined ? undefined : await spending.precheck(user);
      if (spent) throw spent;
    }
    c.set('admitPaid', async () => {
      const admission = await paid.take(client);
      return admission.ok ? undefined : rateLimited(admission.retryAfterSeconds);
    });
    return next();
  };
}

/** Whose jobs a request may see: its user's (the routes that reach jobs always have one). */
export function ownerOf<E extends { Variables: AccessVariables }>(c: Context<E>): string {
  return (c.get('user') as string | undefined) ?? '';
}

function clientOf(c: Context<{ Variables: AccessVariables }>, user: string | undefined): string {
  // `local` is everyone on a studio without access control: there the address tells clients apart.
  return user && user !== 'local' ? `user:${user}` : clientKey(c.get('address'));
}
