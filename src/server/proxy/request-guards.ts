import type { HttpBindings } from '@hono/node-server';
import type { MiddlewareHandler } from 'hono';
import { ProxyError } from './errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** `Sec-Fetch-Site` values of requests the studio's own page (or a non-browser client) makes. */
const OWN_SITES = new Set(['same-origin', 'none']);

const foreignPage = () =>
  new ProxyError(
    'bad_request',
    403,
    "The studio's API takes requests only from the studio's own page. Open the studio at its own address.",
  );

/**
 * Refuses state-changing requests that another web page sent: another origin (or a sibling port,
 * which browsers count as the same site) must not spend the account's credits through a visitor's
 * browser. Non-browser clients send neither header and pass.
 */
export function ownPageOnly(): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const site = c.req.header('sec-fetch-site');
    if (site !== undefined && !OWN_SITES.has(site.toLowerCase())) throw foreignPage();
    const origin = c.req.header('origin');
    if (origin !== undefined) {
      const host = originHost(origin);
      const hosts = [c.req.header('host'), c.req.header('x-forwarded-host')?.split(',')[0]?.trim()];
      if (!host || !hosts.includes(host)) throw foreignPage();
    }
    return next();
  };
}

function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/**
 * JSON routes take only `application/json`: a body under any other type is refused before it is
 * read, and a cross-site page cannot send this type without a CORS preflight, which the proxy never grants.
 */
export function jsonOnly(): MiddlewareHandler {
  return async (c, next) => {
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/json\s*(;|$)/i.test(type)) {
      throw new ProxyError(
        'unsupported_media',
        415,
        'Send the request body as JSON, with Content-Type: application/json.',
      );
    }
    return next();
  };
}

/**
 * Answers sent before the request's body has fully arrived (a refusal of an oversized or
 * invalid upload, say) close the connection. The client stops sending the rest of the body
 * once it has its answer, so the connection can carry no further request.
 */
export function closeWhenBodyUnread(): MiddlewareHandler<{ Bindings: Partial<HttpBindings> }> {
  return async (c, next) => {
    await next();
    const incoming = c.env?.incoming;
    if (incoming && !incoming.complete) c.res.headers.set('Connection', 'close');
  };
}
