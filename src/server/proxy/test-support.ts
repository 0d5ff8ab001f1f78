import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { SessionAnswer } from '../../wire/session.ts';
import { hashPassword } from '../access/password.ts';
import { writeUsers } from '../access/users-file.ts';
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

const TEAM_PASSWORD = 'team test password';

/** Test-only: a studio with its own sign-in for these users, and a way to sign each in. */
export async function startTeamProxy(
  users: { name: string; dailyBudget?: number }[],
  env: (simUrl: string) => NodeJS.ProcessEnv = () => ({}),
) {
  const path = join(mkdtempSync(join(tmpdir(), 'studio-team-')), 'users.json');
  const passwordHash = await hashPassword(TEAM_PASSWORD);
  writeUsers(
    path,
    users.map((user) => ({ ...user, passwordHash })),
  );
  const proxy = await startTestProxy((simUrl) => ({ ...env(simUrl), STUDIO_USERS_FILE: path }));
  return {
    proxy,
    /** The cookie header of a fresh session of `name`. */
    async signIn(name: string): Promise<Record<string, string>> {
      const signedIn = await postJson(`${proxy.url}/api/session`, { name, password: TEAM_PASSWORD });
      if (signedIn.status !== 200) throw new Error(`sign-in of ${name} failed: HTTP ${signedIn.status}`);
      return { Cookie: signedIn.headers.get('set-cookie')!.split(';')[0]! };
    },
    /** What the studio counts as spent today by the signed-in user. */
    async spent(headers: Record<string, string>): Promise<number> {
      const answer = await fetch(`${proxy.url}/api/session`, { headers });
      return SessionAnswer.parse(await answer.json()).spend.today;
    },
    /** The simulated 1min.ai account's own total: what was really spent. */
    accountUsed: async () => (await proxy.simStats()).usedCredit,
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
