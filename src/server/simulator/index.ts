import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSimulatorApp } from './app.ts';
import type { SimulatorOptions } from './options.ts';

export { createSimulatorApp } from './app.ts';
export { simulatorOptionsFromEnv, type SimulatorOptions } from './options.ts';
export { SimControlBody, SimFailure, SimStats } from './control-schema.ts';

export type SimulatorHandle = { url: string; close(): Promise<void> };

/** Listens on `host:port` (default 127.0.0.1, port 0 = ephemeral); `url` has no trailing slash. */
export function startSimulator(
  options: SimulatorOptions & { host?: string; port?: number } = {},
): Promise<SimulatorHandle> {
  const { host = '127.0.0.1', port = 0, ...simOptions } = options;
  const app = createSimulatorApp(simOptions);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
      server.off('error', reject);
      const hostPart = host.includes(':') ? `[${host}]` : host;
      resolve({ url: `http://${hostPart}:${info.port}`, close: () => closeServer(server) });
    }) as Server;
    server.once('error', reject);
  });
}

/** Closes the server and every open connection, so hanging ('timeout') requests end too. */
function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
