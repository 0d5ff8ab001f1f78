import { mkdirSync, writeFileSync } from 'node:fs';
import { loadConfig, type StudioConfig } from '../../src/server/config.ts';
import { createServerLog } from '../../src/server/log.ts';
import { serveOnLoopback } from '../../src/server/loopback-server.ts';
import { createProxyApp } from '../../src/server/proxy/app.ts';
import { proxyDepsFor } from '../../src/server/proxy/backend.ts';
import { resolveUpstreams } from '../../src/server/proxy/upstreams.ts';
import { startStudio } from '../../src/server/start.ts';
import { BENCH_OUT, benchPath } from './paths.ts';

/** The key the benches' proxy sends: the simulator accepts any, and nothing real is ever used. */
export const BENCH_KEY = 'bench-key';

/** Settings from `env`, never from a developer's .env (and any real key in it): read from bench/.out. */
function liveConfig(simUrl: string, env: Record<string, string>): StudioConfig {
  mkdirSync(BENCH_OUT, { recursive: true });
  return loadConfig(
    {
      PORT: '0',
      ONEMIN_API_KEY: BENCH_KEY,
      ONEMIN_BASE_URL: `${simUrl}/onemin`,
      ONEMIN_ASSET_BASE: `${simUrl}/onemin/asset`,
      GPTIMAGEAPI_API_KEY: BENCH_KEY,
      GPTIMAGEAPI_BASE_URL: `${simUrl}/gptimageapi`,
      ...env,
    },
    BENCH_OUT,
  );
}

/**
 * The proxy on a loopback port in live mode against a simulator process, so every request
 * takes the same HTTP path as against the real APIs.
 */
export async function startLiveProxy(simUrl: string, env: Record<string, string> = {}) {
  const config = liveConfig(simUrl, env);
  return serveOnLoopback(
    createProxyApp(await proxyDepsFor(config, resolveUpstreams(config), () => undefined)).fetch,
  );
}

/**
 * The whole studio as `npm start` serves it (security headers, host guard, connection limits),
 * live against a simulator process, logging each request as the real server does: to a file
 * in bench/.out, and its console to /dev/null.
 */
export async function startLiveStudio(simUrl: string, env: Record<string, string> = {}) {
  const distDir = benchPath('relay-dist');
  mkdirSync(distDir, { recursive: true });
  writeFileSync(benchPath('relay-dist', 'index.html'), '<!doctype html><title>bench</title>');
  const serverLog = createServerLog({ file: benchPath('relay-studio.log'), output: '/dev/null' });
  const studio = await startStudio(liveConfig(simUrl, env), { distDir, log: serverLog.log });
  return {
    url: studio.url,
    close: async () => {
      await studio.close();
      await serverLog.flush();
    },
  };
}
