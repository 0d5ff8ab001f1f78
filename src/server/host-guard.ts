import type { MiddlewareHandler } from 'hono';
import { ProxyError, proxyErrorResponse } from './proxy/errors.ts';

const LOOPBACK_NAME = /^(localhost|[a-z0-9.-]+\.localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\]|::1)$/i;
const IP_LITERAL = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i;

/** Whether a `HOST` setting or a Host header's name is a loopback address or name. */
export function isLoopbackName(name: string): boolean {
  return LOOPBACK_NAME.test(name);
}

/** The name part of a Host header: `[::1]:5178` → `[::1]`, `localhost:5178` → `localhost`. */
function hostName(header: string): string {
  return header.startsWith('[') ? header.slice(0, header.indexOf(']') + 1) : header.replace(/:\d*$/, '');
}

/**
 * Whether the studio answers a request addressed to `name`. Loopback names always; a studio
 * reachable from elsewhere also answers to IP addresses and to the names it was told
 * (`STUDIO_HOSTS`). Any other name is what DNS rebinding looks like: a hostile page whose own
 * name was made to resolve to the studio would count as the studio's origin and could spend
 * the account's credits.
 */
export function isKnownHost(
  name: string,
  options: { loopbackOnly: boolean; names: readonly string[] },
): boolean {
  if (isLoopbackName(name)) return true;
  if (options.loopbackOnly) return false;
  return IP_LITERAL.test(name) || options.names.includes(name.toLowerCase());
}

export function knownHostsOnly(options: {
  loopbackOnly: boolean;
  names: readonly string[];
}): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host');
    if (host && isKnownHost(hostName(host), options)) return next();
    return proxyErrorResponse(
      new ProxyError(
        'bad_request',
        403,
        options.loopbackOnly
          ? 'This studio listens on this machine only; open it at http://127.0.0.1 or http://localhost with its port. To serve a team, set HOST.'
          : 'This studio does not answer to that name. Open it by its IP address, or add the name to STUDIO_HOSTS and restart it.',
      ),
    );
  };
}
