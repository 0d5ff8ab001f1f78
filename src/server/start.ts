import { serve, type HttpBindings } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type MiddlewareHandler } from 'hono';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { accessMode } from './access/identify.ts';
import { ConfigError, loadConfig, type StudioConfig } from './config.ts';
import { capConnections, serverTimeouts } from './connection-limits.ts';
import { isLoopbackName, knownHostsOnly } from './host-guard.ts';
import { consoleLog, createServerLog, describeError, withoutSecrets, type Log } from './log.ts';
import { describeModes, startBackend } from './proxy/backend.ts';
import { trustedProxies } from './proxy/client-address.ts';
import type { Upstreams } from './proxy/upstreams.ts';

export type StudioServer = {
  /** `http://host:port`, with the port actually bound (useful with port 0). */
  url: string;
  upstreams: Upstreams;
  close(): Promise<void>;
};

export type StudioOptions = {
  /** The built SPA; `dist/` in the working directory unless given. */
  distDir?: string;
  log?: Log;
};

const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';

/**
 * The studio on one port: the proxy under `/api/*`, the built SPA everywhere else, with
 * security headers; the simulator on loopback for any provider without a key. Listening on
 * loopback, it answers only requests addressed to a loopback name.
 */
export async function startStudio(config: StudioConfig, options: StudioOptions = {}): Promise<StudioServer> {
  const distDir = resolve(options.distDir ?? 'dist');
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(
      `There is no built studio in ${distDir}. Run "npm run build" first (or "npm start", which builds).`,
    );
  }
  const log = options.log ?? consoleLog;
  const backend = await startBackend(config, log);
  const app = new Hono<{ Bindings: HttpBindings }>();
  app.use('*', securityHeaders(contentSecurityPolicy(backend.upstreams)));
  app.use('*', knownHostsOnly({ loopbackOnly: isLoopbackName(config.host), names: config.studioHosts }));
  app.all('/api', (c) => backend.app.fetch(c.req.raw, c.env));
  app.all('/api/*', (c) => backend.app.fetch(c.req.raw, c.env));
  app.use(
    '*',
    serveStatic({
      root: distDir,
      onFound: (path, c) => {
        const hashed = path.startsWith(join(distDir, 'assets') + sep);
        c.header(
          'Cache-Control',
          hashed ? HASHED_ASSET_CACHE : path.endsWith('.html') ? 'no-cache' : 'public, max-age=3600',
        );
      },
    }),
  );
  // Client routes (no file extension) get the SPA; a missing file stays a 404.
  app.get('*', async (c, next) => {
    if (/\.[^/]*$/.test(c.req.path)) return next();
    c.header('Cache-Control', 'no-cache');
    return serveStatic({ root: distDir, path: 'index.html' })(c, next);
  });

  let server: Server;
  try {
    server = await listen(app, config);
  } catch (error) {
    await backend.close();
    throw error;
  }
  capConnections(server, config.connections, trustedProxies(config.access.trustedProxies), log);
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}`,
    upstreams: backend.upstreams,
    close: async () => {
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      await backend.close();
    },
  };
}

function listen(app: Hono<{ Bindings: HttpBindings }>, config: StudioConfig): Promise<Server> {
  const { host: hostname, port } = config;
  return new Promise((resolveServer, reject) => {
    const options = { fetch: app.fetch, hostname, port, serverOptions: serverTimeouts(config.connections) };
    const server = serve(options, () => {
      server.off('error', onError);
      resolveServer(server);
    }) as Server;
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${port} on ${hostname} is already in use. Set PORT to a free port in .env and start again.`,
            )
          : error,
      );
    };
    server.once('error', onError);
  });
}

/** Images may come from the providers' image hosts (and the simulator); nothing else from elsewhere. */
function contentSecurityPolicy(upstreams: Upstreams): string {
  // By origin: a signed URL may sit elsewhere on an allowed host than its configured prefix.
  const imageSources = [...new Set(upstreams.imagePrefixes.map((prefix) => new URL(prefix).origin))];
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${imageSources.join(' ')}`,
    "connect-src 'self' data: blob:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function securityHeaders(csp: string): MiddlewareHandler<{ Bindings: HttpBindings }> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // Other sites may not embed the studio's answers (an image from /api/image, say).
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
  // On Node's response itself, before the route runs, so they reach what a route writes to it
  // directly (the image relay) as well as what goes through Hono.
  return async (c, next) => {
    for (const [name, value] of Object.entries(headers)) c.env.outgoing.setHeader(name, value);
    await next();
  };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const serverLog = createServerLog({ file: config.logFile });
  // Whatever ends the process, what was logged is written out first.
  process.once('exit', () => serverLog.flushSync());
  const log = withoutSecrets(serverLog.log, [config.onemin.apiKey, config.gptimageapi.apiKey]);
  if (!isLoopbackName(config.host) && accessMode(config.access) === 'open') {
    log(
      `WARNING: STUDIO_OPEN=true: the studio on ${config.host} is open to anyone who can reach it, and they spend the account's credits.`,
    );
  }
  const studio = await startStudio(config, { log });
  log(`Image Studio running at ${studio.url} (${describeModes(studio.upstreams)})`);
  const stop = (signal: string) => {
    log(`${signal} received; stopping the studio.`);
    void studio
      .close()
      .then(
        () => 0,
        () => 1,
      )
      .then(async (code) => {
        await serverLog.flush();
        process.exit(code);
      });
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(
      error instanceof ConfigError ? error.message : `The studio could not start. ${describeError(error)}`,
    );
    process.exit(1);
  });
}
