import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { loadConfig } from '../config.ts';
import { serveOnLoopback } from '../loopback-server.ts';
import { startSimulator, type SimControlBody, type SimStats } from '../simulator/index.ts';
import { createProxyApp } from './app.ts';
import { proxyDepsFor } from './backend.ts';
import { resolveUpstreams } from './upstreams.ts';

/** Test-only: a proxy on an ephemeral port in front of a real simulator (latency 0). */
export type TestProxy = {
  url: string;
  simUrl: string;
  /** Every line the proxy logged. */
  logs: string[];
  simControl(body: SimControlBody): Promise<void>;
  simStats(): Promise<SimStats>;
  close(): Promise<void>;
};

/** `env(simUrl)` is the environment; a directory without `.env` keeps the developer's file out. */
export async function startTestProxy(
  env: (simUrl: string) => NodeJS.ProcessEnv = () => ({}),
  now?: () => number,
): Promise<TestProxy> {
  const sim = await startSimulator({ latencyMs: 0 });
  const config = loadConfig(env(sim.url), mkdtempSync(join(tmpdir(), 'studio-proxy-')));
  const logs: string[] = [];
  const deps = await proxyDepsFor(config, resolveUpstreams(config, sim.url), (line) => logs.push(line), now);
  const app = createProxyApp(deps);
  const server = await serveOnLoopback(app.fetch);
  return {
    url: server.url,
    simUrl: sim.url,
    logs,
    async simControl(body) {
      const response = await fetch(`${sim.url}/_sim/control`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`simulator control failed: HTTP ${response.status}`);
    },
    async simStats() {
      return (await (await fetch(`${sim.url}/_sim/stats`)).json()) as SimStats;
    },
    async close() {
      await server.close();
      await deps.state.close();
      await sim.close();
    },
  };
}

export function pngBytes(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    .png()
    .toBuffer();
}

export const generateBody = (overrides: Record<string, unknown> = {}) => ({
  type: 'IMAGE_GENERATOR',
  model: 'gpt-image-2',
  promptObject: { prompt: 'A lighthouse at dusk', size: '1024x1024', quality: 'low', n: 1, ...overrides },
});

export function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
  signal?: AbortSignal,
) {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });
}

export function uploadForm(bytes: Uint8Array, name: string, type = 'image/png'): FormData {
  const form = new FormData();
  form.append('asset', new Blob([new Uint8Array(bytes)], { type }), name);
  return form;
}
