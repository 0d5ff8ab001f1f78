import { needsSimulator, type StudioConfig } from '../config.ts';
import { consoleLog, withoutSecrets, type Log } from '../log.ts';
import { startSimulator } from '../simulator/index.ts';
import { createProxyApp, type ProxyApp, type ProxyDeps } from './app.ts';
import { createMemoryJournal } from './journal.ts';
import { resolveUpstreams, type Upstreams } from './upstreams.ts';

export type StudioBackend = {
  /** The proxy; answers `/api/*`. */
  app: ProxyApp;
  upstreams: Upstreams;
  close(): Promise<void>;
};

/** The proxy's dependencies for a config: the in-memory job journal, and a log that never holds a key. */
export function proxyDepsFor(config: StudioConfig, upstreams: Upstreams, log: Log): ProxyDeps {
  return {
    upstreams,
    limits: {
      upstreamTimeoutMs: config.upstreamTimeoutMs,
      imageTimeoutMs: config.imageTimeoutMs,
      maxUploadBytes: config.maxUploadBytes,
      maxImageBytes: config.maxImageBytes,
      rate: config.rateLimits,
    },
    journal: createMemoryJournal(config.jobs),
    log: withoutSecrets(log, [config.onemin.apiKey, config.gptimageapi.apiKey]),
  };
}

/** The proxy, with the simulator started on loopback first when a provider has no key. */
export async function startBackend(config: StudioConfig, log: Log = consoleLog): Promise<StudioBackend> {
  const simulator = needsSimulator(config)
    ? await startSimulator({ ...config.simulator, host: '127.0.0.1' })
    : undefined;
  const upstreams = resolveUpstreams(config, simulator?.url);
  return {
    app: createProxyApp(proxyDepsFor(config, upstreams, log)),
    upstreams,
    close: async () => simulator?.close(),
  };
}

/** "1min.ai: simulator, gptimageapi.dev: live", for start-up lines. */
export function describeModes(upstreams: Upstreams): string {
  return [upstreams.onemin, upstreams.gptimageapi].map((u) => `${u.label}: ${u.mode}`).join(', ');
}
