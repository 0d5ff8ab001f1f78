import type { MiddlewareHandler } from 'hono';
import { ProxyError, proxyErrorResponse } from './proxy/errors.ts';

const LOOPBACK_NAME = /^(localhost|[a-z0-9.-]+\.localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\]|::1)$/i;

/** Whether a `HOST` setting or a Host header's name is a loopback address or name. */
export function isLoopbackName(name: string): boolean {
  return LOOPBACK_NAME.test(name);
}

/** The name part of a Host header: `[::1]:5178` → `[::1]`, `localhost:5178` → `localhost`. */
function hostName(header: string): string {
  return header.startsWith('[') ? header.slice(0, header.indexOf(']') + 1) : header.replace(/:\d*$/, '');
}

/**
 * For a studio listening on loopback only: refuses any request whose Host header names
 * something else. A web page whose own name was made to resolve to 127.0.0.1 (DNS rebinding)
 * would otherwise count as the studio's own origin and could spend the account's credits.
 */
export function loopbackHostOnly(): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host');
    if (host && isLoopbackName(hostName(host))) return next();
    return proxyErrorResponse(
      new ProxyError(
        'bad_request',
        403,
        'This studio listens on this machine only; open it at http://127.0.0.1 or http://localhost with its port. To serve a team, set HOST.',
      ),
    );
  };
}
