import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { isIP } from 'node:net';

/** The peer's address when served by Node; undefined elsewhere (as in `app.request` tests). */
export function clientAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/** `::ffff:10.0.0.1` and `10.0.0.1` are the same peer. */
function normalAddress(address: string): string {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').toLowerCase();
}

/** Whether `address` is one of the configured reverse proxies. */
export function isTrustedProxy(address: string | undefined, trusted: readonly string[]): boolean {
  if (!address || trusted.length === 0) return false;
  const peer = normalAddress(address);
  return trusted.some((proxy) => normalAddress(proxy) === peer);
}

/**
 * The address of the browser behind the request: the peer's own, or, when the peer is a
 * trusted reverse proxy, the address that proxy put in `X-Forwarded-For`: read from the right
 * (the end the proxies append to, which a browser cannot forge), the first that is not itself
 * a trusted proxy. A missing or garbled header leaves the proxy's address.
 */
export function forwardedClientAddress(c: Context, trusted: readonly string[]): string | undefined {
  const peer = clientAddress(c);
  if (!isTrustedProxy(peer, trusted)) return peer;
  const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map((hop) => hop.trim());
  for (let at = hops.length - 1; at >= 0; at -= 1) {
    const hop = hops[at]!;
    if (isIP(hop) === 0) return peer;
    if (!isTrustedProxy(hop, trusted)) return hop;
  }
  return peer;
}
