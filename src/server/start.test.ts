import { readFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HealthAnswer } from '../wire/proxy.ts';
import { loadConfig } from './config.ts';
import { startSimulator } from './simulator/index.ts';
import { builtSpa, SPA_INDEX as INDEX } from './spa-fixture.ts';
import { startStudio, type StudioServer } from './start.ts';
import { runStudioToExit, spawnStudioProcess } from './studio-process.ts';

/** A GET whose Host header says `host`, as a browser sends after DNS rebinding. */
function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolveAnswer, reject) => {
    const req = httpGet(url, { headers: { Host: host } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolveAnswer({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
  });
}

describe('startStudio', () => {
  let root: string;
  let studio: StudioServer;
  const logs: string[] = [];

  beforeAll(async () => {
    root = builtSpa();
    const config = loadConfig({ PORT: '0', SIM_LATENCY_MS: '0' }, root);
    studio = await startStudio(config, { distDir: join(root, 'dist'), log: (line) => logs.push(line) });
  });
  afterAll(() => studio.close());

  it('serves the SPA with security headers', async () => {
    const response = await fetch(`${studio.url}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    const imgSrc = csp.split('; ').find((d) => d.startsWith('img-src')) ?? '';
    const simOrigin = new URL(
      HealthAnswer.parse(await (await fetch(`${studio.url}/api/health`)).json()).providers.onemin.assetBase,
    ).origin;
    for (const source of [
      'https://asset.1min.ai',
      'https://s3.us-east-1.amazonaws.com',
      'https://asset.1min.ai.s3.us-east-1.amazonaws.com',
      'https://cdn.gptimageapi.dev',
      simOrigin,
    ]) {
      expect(imgSrc.split(' ')).toContain(source);
    }
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('listening on loopback, answers only requests addressed to a loopback name (no DNS rebinding)', async () => {
    const port = new URL(studio.url).port;
    for (const host of ['rebound.evil.example', `rebound.evil.example:${port}`, `10.0.0.5:${port}`]) {
      const api = await getWithHost(`${studio.url}/api/health`, host);
      expect(api.status, host).toBe(403);
      expect(JSON.parse(api.body).error.message).toMatch(/listens on this machine only/);
      expect((await getWithHost(`${studio.url}/`, host)).status, host).toBe(403);
    }
    for (const host of [
      `localhost:${port}`,
      `127.0.0.1:${port}`,
      `studio.localhost:${port}`,
      `[::1]:${port}`,
    ]) {
      expect((await getWithHost(`${studio.url}/api/health`, host)).status, host).toBe(200);
    }
  });

  it('answers client routes with index.html, and missing files with 404', async () => {
    const route = await fetch(`${studio.url}/history/job-42`);
    expect(route.status).toBe(200);
    expect(await route.text()).toBe(INDEX);
    expect((await fetch(`${studio.url}/assets/missing-0000.js`)).status).toBe(404);
  });

  it('caches hashed assets for a long time', async () => {
    const asset = await fetch(`${studio.url}/assets/index-a1b2c3.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${studio.url}/favicon.svg`)).headers.get('cache-control')).toBe(
      'public, max-age=3600',
    );
  });

  it('serves the proxy under /api on the same port, on the simulator without keys', async () => {
    const health = await fetch(`${studio.url}/api/health`);
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    const answer = HealthAnswer.parse(await health.json());
    expect([answer.providers.onemin.mode, answer.providers.gptimageapi.mode]).toEqual([
      'simulator',
      'simulator',
    ]);

    const generated = await fetch(`${studio.url}/api/onemin/features`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        type: 'IMAGE_GENERATOR',
        model: 'gpt-image-2',
        promptObject: { prompt: 'A kite', size: '1024x1024', quality: 'low' },
      }),
    });
    expect(generated.status).toBe(200);
    // The image relay writes to Node's response itself: the security headers reach it too.
    const { aiRecord } = (await generated.json()) as { aiRecord: { temporaryUrl: string } };
    const image = await fetch(`${studio.url}/api/image?url=${encodeURIComponent(aiRecord.temporaryUrl)}`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(image.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await image.arrayBuffer()).byteLength).toBe(Number(image.headers.get('content-length')));

    const unknown = await fetch(`${studio.url}/api/unknown`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe('not_found');
    expect(logs.some((line) => /^GET \/api\/health 200 \d+ms$/.test(line))).toBe(true);
  });

  it('refuses to start without a build', async () => {
    const config = loadConfig({ PORT: '0' }, root);
    await expect(startStudio(config, { distDir: join(root, 'nowhere') })).rejects.toThrow(/npm run build/);
  });
});

describe('npm run serve (src/server/start.ts)', () => {
  it('prints where it runs and in which modes, and stops cleanly on SIGTERM', async () => {
    const studio = await spawnStudioProcess(builtSpa(), { ONEMIN_API_KEY: '', GPTIMAGEAPI_API_KEY: '' });
    expect(studio.line).toMatch(
      /^Image Studio running at http:\/\/127\.0\.0\.1:\d+ \(1min\.ai: simulator, gptimageapi\.dev: simulator\)$/,
    );
    expect((await fetch(`${studio.url}/api/health`)).status).toBe(200);
    expect(await studio.stop()).toBe(0);
  });

  it('writes its log to STUDIO_LOG_FILE too, making the folder, and never a key', async () => {
    const keys = ['canary-onemin-5e0c7a19d2f4', 'canary-gptimageapi-81b3f06e4ca2'];
    const sim = await startSimulator({ latencyMs: 0 });
    const root = builtSpa();
    const studio = await spawnStudioProcess(root, {
      ONEMIN_API_KEY: keys[0],
      ONEMIN_BASE_URL: `${sim.url}/onemin`,
      ONEMIN_ASSET_BASE: `${sim.url}/onemin/asset`,
      GPTIMAGEAPI_API_KEY: keys[1],
      GPTIMAGEAPI_BASE_URL: `${sim.url}/gptimageapi`,
      STUDIO_LOG_FILE: 'logs/e2e/canary-server.log',
    });
    const generate = () =>
      fetch(`${studio.url}/api/onemin/features`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          type: 'IMAGE_GENERATOR',
          model: 'gpt-image-2',
          promptObject: { prompt: 'A kite', size: '1024x1024', quality: 'low' },
        }),
      });
    expect((await generate()).status).toBe(200);
    await fetch(`${sim.url}/_sim/control`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ fail: '401', failCount: 1 }),
    });
    expect((await generate()).status).toBe(502);
    expect((await fetch(`${studio.url}/api/nowhere`)).status).toBe(404);
    expect(await studio.stop()).toBe(0);
    await sim.close();

    const file = readFileSync(join(root, 'logs', 'e2e', 'canary-server.log'), 'utf8');
    for (const line of [
      /Image Studio running at http:\/\/127\.0\.0\.1:\d+ \(1min\.ai: live, gptimageapi\.dev: live\)/,
      /POST \/api\/onemin\/features 200 \d+ms/,
      /POST \/api\/onemin\/features 502 \d+ms/,
      /GET \/api\/nowhere 404 \d+ms/,
      /SIGTERM received; stopping the studio\./,
    ]) {
      expect(file).toMatch(line);
      expect(studio.output()).toMatch(line);
    }
    for (const key of keys) {
      expect(file).not.toContain(key);
      expect(studio.output()).not.toContain(key);
    }
  });
});

describe('a log file that cannot be written', () => {
  it('fails no request: the studio answers and keeps logging to its output', async () => {
    // Every write to /dev/full fails (ENOSPC), as a full disk or a process out of files would.
    const studio = await spawnStudioProcess(builtSpa(), { STUDIO_LOG_FILE: '/dev/full' });
    for (let i = 0; i < 3; i++) expect((await fetch(`${studio.url}/api/health`)).status).toBe(200);
    expect(await studio.stop()).toBe(0);
    expect(studio.output()).toMatch(/GET \/api\/health 200 \d+ms/);
  });
});

describe('access control at start-up', () => {
  it('refuses a reachable HOST without access control, naming the variables, and exits non-zero', async () => {
    const { code, output } = await runStudioToExit(builtSpa(), { HOST: '0.0.0.0' });
    expect(code).toBe(1);
    for (const name of [
      'HOST=0.0.0.0',
      'STUDIO_USERS_FILE',
      'STUDIO_AUTH_HEADER',
      'STUDIO_TRUSTED_PROXIES',
      'STUDIO_OPEN=true',
    ]) {
      expect(output).toContain(name);
    }
  });

  it('starts open on purpose with STUDIO_OPEN=true, and says so loudly', async () => {
    const studio = await spawnStudioProcess(builtSpa(), { HOST: '0.0.0.0', STUDIO_OPEN: 'true' });
    expect(studio.output()).toMatch(/WARNING: .*open to anyone/);
    expect(await studio.stop()).toBe(0);
  });
});
