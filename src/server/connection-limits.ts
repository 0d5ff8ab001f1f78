import { readFileSync } from 'node:fs';
import type { Server, ServerOptions } from 'node:http';
import type { Socket } from 'node:net';
import type { ConnectionLimits } from './config.ts';
import type { Log } from './log.ts';
import type { TrustedProxies } from './proxy/client-address.ts';
import { clientKey } from './proxy/rate-limit.ts';

/** When the process's open-file limit cannot be read (not Linux): Node raises it to this at least on most systems. */
const FALLBACK_FILE_LIMIT = 8192;
/** How often Node looks for connections past their header or request time (its default is 30 s). */
const TIMEOUT_CHECK_MS = 1_000;
/** At most one line a minute about connections refused for the total cap. */
const DROP_NOTICE_EVERY_MS = 60_000;

/** Node's own timeouts for a connection: its headers, its whole request, and idling between requests. */
export function serverTimeouts(limits: ConnectionLimits): ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: TIMEOUT_CHECK_MS,
  };
}

/**
 * Caps the connections the server holds, before a byte of them is read: at most `perAddress`
 * from one client address (IPv6: one /64) and `total` in all (by default half the process's
 * open files, so the other half stays for its own files and upstream connections). One past a
 * cap is closed at once.
 *
 * A trusted reverse proxy's address is exempt from the per-address cap: every browser behind it
 * arrives from that address, so capping it would let one attacker lock out everyone. The total
 * still holds for it, and the proxy is where connections per browser are limited (see
 * docs/DEPLOYMENT.md); after the headers, the studio's own limits count the forwarded address.
 */
export function capConnections(
  server: Server,
  limits: ConnectionLimits,
  trusted: TrustedProxies,
  log: Log,
): void {
  server.maxConnections = limits.total ?? Math.floor(openFileLimit() / 2);
  let lastDropNotice = -Infinity;
  server.on('drop', () => {
    if (Date.now() - lastDropNotice < DROP_NOTICE_EVERY_MS) return;
    lastDropNotice = Date.now();
    log(`Refusing new connections: the studio holds ${server.maxConnections} already (MAX_CONNECTIONS).`);
  });

  const open = new Map<string, number>();
  const refusing = new Set<string>();
  // Ahead of Node's own listener, so a refused socket is never parsed.
  server.prependListener('connection', (socket: Socket) => {
    const address = socket.remoteAddress;
    if (trusted.has(address)) return;
    const key = clientKey(address);
    const count = (open.get(key) ?? 0) + 1;
    if (count > limits.perAddress) {
      if (!refusing.has(key)) {
        refusing.add(key);
        log(
          `Refusing connections from ${key}: it holds ${limits.perAddress} already (CONNECTIONS_PER_ADDRESS).`,
        );
      }
      return void socket.destroy();
    }
    open.set(key, count);
    socket.once('close', () => {
      const left = open.get(key)! - 1;
      if (left > 0) open.set(key, left);
      else open.delete(key);
      if (left < limits.perAddress) refusing.delete(key);
    });
  });
}

/** The process's limit on open files (Linux: /proc/self/limits), after Node raised it to the hard limit. */
function openFileLimit(): number {
  try {
    const soft = /^Max open files\s+(\d+|unlimited)/m.exec(readFileSync('/proc/self/limits', 'utf8'))?.[1];
    if (soft === undefined) return FALLBACK_FILE_LIMIT;
    return soft === 'unlimited' ? Number.MAX_SAFE_INTEGER : Number(soft);
  } catch {
    return FALLBACK_FILE_LIMIT;
  }
}
