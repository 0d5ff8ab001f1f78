import { needsSimulator, type StudioConfig } from '../config.ts';
import { consoleLog, withoutSecrets, type Log } from '../log.ts';
import { startSimulator } from '../simulator/index.ts';
import { openSharedState } from '../state/shared-state.ts';
import { createProxyApp, type ProxyApp, type ProxyDeps } from './app.ts';
import { resolveUpstreams, type Upstreams } from './upstreams.ts';

export type StudioBackend = {
  /** The proxy; answers `/api/*`. */
  app: ProxyApp;
  upstreams: Upstreams;
  close(): Promise<void>;
};

/**
 * The proxy's dependencies for a config: its shared state (memory or Redis), and a log that
 * never holds a key. `now` is the clock of the shared state (tests hold it still).
 */
export async function proxyDepsFor(
  config: StudioConfig,
  upstreams: Upstreams,
  log: Log,
  now?: () => number,
): Promise<ProxyDeps> {
  const safeLog = withoutSecrets(log, [config.onemin.apiKey, config.gptimageapi.apiKey]);
  return {
    upstreams,
    limits: {
      upstreamTimeoutMs: config.upstreamTimeoutMs,
      imageTimeoutMs: config.imageTimeoutMs,
      uploadHeadTimeoutMs: config.uploadHeadTimeoutMs,
      maxUploadBytes: config.maxUploadBytes,
      maxImageBytes: config.maxImageBytes,
      rate: config.rateLimits,
      creditPrior: config.onemin.priorPerMegapixel,
      bodies: config.bodies,
    },
    state: await openSharedState(config, safeLog, now),
    access: config.access,
    log: safeLog,
  };
}

/** The proxy, with the simulator started on loopback first when a provider has no key. */
export async function startBackend(config: StudioConfig, log: Log = consoleLog): Promise<StudioBackend> {
  const simulator = needsSimulator(config)
    ? await startSimulator({ ...config.simulator, host: '127.0.0.1' })
    : undefined;
  const upstreams = resolveUpstreams(config, simulator?.url);
  const deps = await proxyDepsFor(config, upstreams, log);
  return {
    app: createProxyApp(deps),
    upstreams,
    close: async () => {
      await deps.state.close();
      await simulator?.close();
    },
  };
}

/** "1min.ai: simulator, gptimageapi.dev: live", for start-up lines. */
export function describeModes(upstreams: Upstreams): string {
  return [upstreams.onemin, upstreams.gptimageapi].map((u) => `${u.label}: ${u.mode}`).join(', ');
}
