import { existsSync, readFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestFrom } from './peer-request.ts';
import { openFilesOf, serverPid } from './process-stats.ts';
import { builtSpa } from './spa-fixture.ts';
import { spawnStudioProcess, type StudioProcess } from './studio-process.ts';

/** The studio runs with this many open files, so a flood that would exhaust them is quick. */
const FILE_LIMIT = 1024;
const PER_ADDRESS = 128;
const HEADERS_TIMEOUT_MS = 2_000;
/** When an idle connection must be gone at the latest: the timeout, Node's check, and slack. */
const IDLE_GONE_MS = HEADERS_TIMEOUT_MS + 8_000;
/** Files the studio opens besides the flood's connections (a health check's, the log's…). */
const SLACK = 32;

/** `count` connections from `from` that never send a byte, opened in batches; each has connected or failed. */
async function flood(url: string, from: string, count: number): Promise<Socket[]> {
  const { hostname, port } = new URL(url);
  const sockets: Socket[] = [];
  for (let start = 0; start < count; start += 200) {
    const batch = Array.from({ length: Math.min(200, count - start) }, () => {
      const socket = connect({ host: hostname, port: Number(port), localAddress: from });
      socket.on('error', () => undefined);
      sockets.push(socket);
      return new Promise<void>((settle) => {
        socket.once('connect', () => settle());
        socket.once('close', () => settle());
      });
    });
    await Promise.all(batch);
  }
  // Let the studio accept (or refuse) what its listen queue still holds.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  return sockets;
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
  let files: () => number;
  let baseline: number;
  const sockets: Socket[] = [];

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
    const pid = serverPid(studio.pid);
    files = () => openFilesOf(pid);
    baseline = files();
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await studio?.stop();
  });

  it('from one address: others are served and logged, it holds only its own share, and idle ones are closed', async () => {
    sockets.push(...(await flood(studio.url, '127.0.0.2', 3 * FILE_LIMIT)));
    for (let i = 0; i < 5; i++) {
      const health = await requestFrom('127.0.0.1', `${studio.url}/api/health`, { timeoutMs: 5_000 });
      expect(health.status).toBe(200);
    }
    expect(files() - baseline).toBeLessThanOrEqual(PER_ADDRESS + SLACK);
    await until('the idle connections are closed', () => files() - baseline <= SLACK, IDLE_GONE_MS);
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

    for (let i = 0; i < 8; i++) sockets.push(...(await flood(studio.url, `127.0.0.${10 + i}`, PER_ADDRESS)));
    // The total cap (half the open files) holds, so the studio never runs out of files.
    expect(files()).toBeLessThanOrEqual(FILE_LIMIT / 2 + baseline + SLACK);
    // A request needs files of its own (the log's, an upstream's): there are some left.
    for (let i = 0; i < 5; i++) expect(await health()).toBe(200);

    await until('the idle connections are closed', () => files() - baseline <= SLACK, IDLE_GONE_MS);
    agent.destroy();
    const fresh = await requestFrom('127.0.0.3', `${studio.url}/api/health`, { timeoutMs: 5_000 });
    expect(fresh.status).toBe(200);
  }, 60_000);
});
