import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type LoopbackServer = { url: string; close(): Promise<void> };

type FetchHandler = Parameters<typeof serve>[0]['fetch'];

/** Serves a fetch handler (a Hono app's `fetch`) on 127.0.0.1 at a free port; `close` ends open connections too. */
export function serveOnLoopback(fetch: FetchHandler): Promise<LoopbackServer> {
  return new Promise((resolve) => {
    const server = serve({ fetch, hostname: '127.0.0.1', port: 0 }, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    }) as Server;
  });
}
