import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { BlockList, isIP } from 'node:net';
import type { Log } from '../log.ts';

/** The peer's address when served by Node; undefined elsewhere (as in `app.request` tests). */
export function clientAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/** The reverse proxies the studio believes (`STUDIO_TRUSTED_PROXIES`): addresses and CIDR ranges. */
export type TrustedProxies = { has(address: string | undefined): boolean };

/** Whether `entry` is an IP address or a CIDR range (`10.0.0.0/8`, `fd00::/8`). */
export function isAddressOrRange(entry: string): boolean {
  const [address = '', bits, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
}

export function trustedProxies(entries: readonly string[]): TrustedProxies {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', bits] = entry.split('/');
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(bits), family);
  }
  return {
    has(address) {
      const plain = address?.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').replace(/%.*$/, '');
      const family = plain ? isIP(plain) : 0;
      return family !== 0 && list.check(plain!, family === 6 ? 'ipv6' : 'ipv4');
    },
  };
}

/**
 * The browser's address: the peer's own, or, when the peer is a trusted proxy, the rightmost
 * `X-Forwarded-For` hop that is not one. Each proxy appends the address it saw, so hops left
 * of that are whatever the browser claimed and are never believed.
 */
export function forwardedAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trusted: TrustedProxies,
): string | undefined {
  if (!trusted.has(peer)) return peer;
  const hops = (forwardedFor ?? '').split(',').map((hop) => bareAddress(hop.trim()));
  let address = peer;
  for (const hop of hops.reverse()) {
    // Not an address: the hops before it were not written by a proxy the studio trusts.
    if (isIP(hop) === 0) break;
    address = hop;
    if (!trusted.has(hop)) break;
  }
  return address;
}

/** `[::1]:443` and `10.0.0.1:443` as their addresses; anything else as it is. */
function bareAddress(hop: string): string {
  return /^\[([^\]]+)\](?::\d+)?$/.exec(hop)?.[1] ?? /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(hop)?.[1] ?? hop;
}

export type AddressVariables = { address?: string };

/**
 * Sets `address`: the browser's address as the limits see it (see `forwardedAddress`). Says
 * once when a request names a forwarded address from a proxy the studio does not trust:
 * behind such a proxy every browser would share its address.
 */
export function resolveAddress(
  trusted: TrustedProxies,
  log: Log,
): MiddlewareHandler<{ Variables: AddressVariables }> {
  let warned = false;
  return async (c, next) => {
    const peer = clientAddress(c);
    const forwardedFor = c.req.header('x-forwarded-for');
    if (forwardedFor && !warned && !trusted.has(peer)) {
      warned = true;
      log(
        'A request came with X-Forwarded-For from an address STUDIO_TRUSTED_PROXIES does not list; the studio ignores the header. Behind a reverse proxy, list its address, or every browser shares it for sign-in and rate limits.',
      );
    }
    c.set('address', forwardedAddress(peer, forwardedFor, trusted));
    return next();
  };
}
