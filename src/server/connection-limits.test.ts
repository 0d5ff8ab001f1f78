import { serve } from '@hono/node-server';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectionLimits } from './config.ts';
import { capConnections, serverTimeouts } from './connection-limits.ts';
import { trustedProxies } from './proxy/client-address.ts';

const LIMITS: ConnectionLimits = {
  headersTimeoutMs: 20_000,
  requestTimeoutMs: 300_000,
  keepAliveTimeoutMs: 5_000,
  perAddress: 3,
  total: 8,
};

let server: Server | undefined;
const sockets: Socket[] = [];
const logs: string[] = [];

function start(trusted: string[]): Promise<number> {
  return new Promise((resolve) => {
    server = serve(
      {
        fetch: () => new Response('ok'),
        hostname: '127.0.0.1',
        port: 0,
        serverOptions: serverTimeouts(LIMITS),
      },
      () => resolve((server!.address() as AddressInfo).port),
    ) as Server;
    capConnections(server, LIMITS, trustedProxies(trusted), (line) => logs.push(line));
  });
}

/** Opens `count` idle connections from `from`; answers how many the server still holds after a moment. */
async function held(port: number, from: string, count: number): Promise<number> {
  await Promise.all(
    Array.from({ length: count }, () => {
      const socket = connect({ host: '127.0.0.1', port, localAddress: from });
      socket.on('error', () => undefined);
      sockets.push(socket);
      return new Promise((settle) => socket.once('connect', settle));
    }),
  );
  await new Promise((resolve) => setTimeout(resolve, 100));
  return new Promise((resolve, reject) =>
    server!.getConnections((error, open) => (error ? reject(error) : resolve(open))),
  );
}

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  logs.length = 0;
  await new Promise((resolve) => server?.close(resolve));
});

describe('capConnections', () => {
  it('holds at most the per-address cap from one address, and says so once', async () => {
    const port = await start([]);
    expect(await held(port, '127.0.0.2', 6)).toBe(3);
    expect(await held(port, '127.0.0.3', 2)).toBe(5);
    expect(logs).toEqual([
      'Refusing connections from 127.0.0.2: it holds 3 already (CONNECTIONS_PER_ADDRESS).',
    ]);
  });

  it('counts a connection that closed no longer', async () => {
    const port = await start([]);
    expect(await held(port, '127.0.0.2', 3)).toBe(3);
    sockets[0]!.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await held(port, '127.0.0.2', 1)).toBe(3);
  });

  it('exempts a trusted proxy from the per-address cap, not from the total', async () => {
    const port = await start(['127.0.0.4']);
    expect(await held(port, '127.0.0.4', 6)).toBe(6);
    expect(server!.maxConnections).toBe(LIMITS.total);
    expect(await held(port, '127.0.0.4', 4)).toBe(8);
  });

  it('takes half the open-file limit as the total when none is set (Linux)', async () => {
    const limit = Number(/^Max open files\s+(\d+)/m.exec(readFileSync('/proc/self/limits', 'utf8'))![1]);
    await start([]);
    capConnections(server!, { ...LIMITS, total: undefined }, trustedProxies([]), () => undefined);
    expect(server!.maxConnections).toBe(Math.floor(limit / 2));
  });
});
