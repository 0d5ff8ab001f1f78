import type { Plugin } from 'vite';

/**
 * Mounts the studio's proxy into the Vite dev server for `/api/*`, starting the simulator for
 * any provider without a key, so development runs on one port as production does. The
 * server modules load only when a dev server starts: `vite build` and vitest never touch them.
 */
export function studioDevServer(): Plugin {
  return {
    name: 'image-studio-proxy',
    apply: 'serve',
    async configureServer(server) {
      // Vitest runs a Vite server too (mode 'test'); it needs no proxy.
      if (server.config.mode === 'test') return;
      const [{ getRequestListener }, { loadConfig }, { describeModes, startBackend }] = await Promise.all([
        import('@hono/node-server'),
        import('./config.ts'),
        import('./proxy/backend.ts'),
      ]);
      const logger = server.config.logger;
      const backend = await startBackend(loadConfig(process.env, server.config.root), (line) =>
        logger.info(`[api] ${line}`, { timestamp: true }),
      );
      const listener = getRequestListener(backend.app.fetch);
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (path === '/api' || path.startsWith('/api/')) void listener(req, res);
        else next();
      });
      server.httpServer?.once('close', () => void backend.close());
      logger.info(`Image Studio API on this port (${describeModes(backend.upstreams)})`);
    },
  };
}
