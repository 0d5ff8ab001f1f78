import { existsSync, readFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestFrom } from './peer-request.ts';
import { builtSpa } from './spa-fixture.ts';
import { spawnStudioProcess, type StudioProcess } from './studio-process.ts';

/** The studio runs with this many open files, so a flood that would exhaust them is quick. */
const FILE_LIMIT = 1024;
const PER_ADDRESS = 128;
const HEADERS_TIMEOUT_MS = 2_000;
/** When an idle connection must be gone at the latest: the timeout, Node's check, and slack. */
const IDLE_GONE_MS = HEADERS_TIMEOUT_MS + 6_000;

type Flood = { sockets: Socket[]; open(): number };

/** `count` connections from `from` that never send a byte, opened in batches; resolves once each has connected or failed. */
async function flood(url: string, from: string, count: number): Promise<Flood> {
  const { hostname, port } = new URL(url);
  const sockets: Socket[] = [];
  let closed = 0;
  for (let start = 0; start < count; start += 200) {
    const batch = Array.from({ length: Math.min(200, count - start) }, () => {
      const socket = connect({ host: hostname, port: Number(port), localAddress: from });
      socket.on('error', () => undefined);
      socket.on('close', () => (closed += 1));
      sockets.push(socket);
      return new Promise<void>((settle) => {
        socket.once('connect', () => settle());
        socket.once('close', () => settle());
      });
    });
    await Promise.all(batch);
  }
  // Refused connections close right after they connect.
  await new Promise((resolve) => setTimeout(resolve, 500));
  return { sockets, open: () => sockets.length - closed };
}

async function until(what: string, check: () => boolean, withinMs: number): Promise<void> {
  const end = performance.now() + withinMs;
  while (!check()) {
    if (performance.now() > end) throw new Error(`not within ${withinMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe(`idle connections against a studio with ${FILE_LIMIT} open files`, () => {
  let studio: StudioProcess;
  let logFile: string;
  const floods: Flood[] = [];

  beforeAll(async () => {
    const root = builtSpa();
    logFile = join(root, 'logs', 'server.log');
    studio = await spawnStudioProcess(
      root,
      {
        STUDIO_LOG_FILE: logFile,
        HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
        KEEP_ALIVE_TIMEOUT_MS: '60000',
        CONNECTIONS_PER_ADDRESS: String(PER_ADDRESS),
        RATE_LIMIT_API_PER_MIN: '100000',
      },
      { fileLimit: FILE_LIMIT },
    );
  });
  afterAll(async () => {
    for (const socket of floods.flatMap((f) => f.sockets)) socket.destroy();
    await studio?.stop();
  });

  it('from one address: it holds only its own share, the others are served and logged, and idle ones are closed', async () => {
    const attack = await flood(studio.url, '127.0.0.2', 3 * FILE_LIMIT);
    floods.push(attack);
    for (let i = 0; i < 5; i++) {
      const health = await requestFrom('127.0.0.1', `${studio.url}/api/health`, { timeoutMs: 5_000 });
      expect(health.status).toBe(200);
    }
    expect(attack.open()).toBeLessThanOrEqual(PER_ADDRESS);
    await until('the idle connections are closed', () => attack.open() === 0, IDLE_GONE_MS);
    await until(
      'the health checks are in the log file',
      () => existsSync(logFile) && /GET \/api\/health 200/.test(readFileSync(logFile, 'utf8')),
      5_000,
    );
  }, 60_000);

  it('from many addresses: the studio keeps files for its own work, answers on open connections, and recovers', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const health = () =>
      requestFrom('127.0.0.1', `${studio.url}/api/health`, { agent, timeoutMs: 5_000 }).then((a) => a.status);
    expect(await health()).toBe(200);

    const attacks = await Promise.all(
      Array.from({ length: 8 }, (_, i) => flood(studio.url, `127.0.0.${10 + i}`, PER_ADDRESS)),
    );
    floods.push(...attacks);
    const open = attacks.reduce((sum, attack) => sum + attack.open(), 0);
    // The global cap (half the open files) holds, so the studio never runs out of files.
    expect(open).toBeLessThanOrEqual(FILE_LIMIT / 2);
    for (let i = 0; i < 5; i++) expect(await health()).toBe(200);

    await until(
      'the idle connections are closed',
      () => attacks.every((attack) => attack.open() === 0),
      IDLE_GONE_MS,
    );
    agent.destroy();
    const fresh = await requestFrom('127.0.0.3', `${studio.url}/api/health`, { timeoutMs: 5_000 });
    expect(fresh.status).toBe(200);
  }, 60_000);
});
