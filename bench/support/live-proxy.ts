import { mkdirSync } from 'node:fs';
import { loadConfig } from '../../src/server/config.ts';
import { serveOnLoopback } from '../../src/server/loopback-server.ts';
import { createProxyApp } from '../../src/server/proxy/app.ts';
import { proxyDepsFor } from '../../src/server/proxy/backend.ts';
import { resolveUpstreams } from '../../src/server/proxy/upstreams.ts';
import { BENCH_OUT } from './paths.ts';

/** The key the benches' proxy sends: the simulator accepts any, and nothing real is ever used. */
export const BENCH_KEY = 'bench-key';

/**
 * The proxy on a loopback port in live mode against a simulator process, so every request
 * takes the same HTTP path as against the real APIs. Settings come from `env`, never from a
 * developer's .env (and any real key in it): the config is read from bench/.out.
 */
export async function startLiveProxy(simUrl: string, env: Record<string, string> = {}) {
  mkdirSync(BENCH_OUT, { recursive: true });
  const config = loadConfig(
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
  return serveOnLoopback(
    createProxyApp(await proxyDepsFor(config, resolveUpstreams(config), () => undefined)).fetch,
  );
}
