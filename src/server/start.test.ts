import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HealthAnswer } from '../wire/proxy.ts';
import { loadConfig } from './config.ts';
import { startStudio, type StudioServer } from './start.ts';

const INDEX = '<!doctype html><title>Image Studio</title><div id="root"></div>';

function builtSpa(): string {
  const dir = mkdtempSync(join(tmpdir(), 'studio-dist-'));
  mkdirSync(join(dir, 'dist', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'index.html'), INDEX);
  writeFileSync(join(dir, 'dist', 'assets', 'index-a1b2c3.js'), 'console.log("studio")');
  writeFileSync(join(dir, 'dist', 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
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
      'https://cdn.gptimageapi.dev',
      simOrigin,
    ]) {
      expect(imgSrc.split(' ')).toContain(source);
    }
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-cache');
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
    const root = builtSpa();
    const child = spawn(resolve('node_modules/.bin/tsx'), [resolve('src/server/start.ts')], {
      cwd: root,
      env: { ...process.env, PORT: '0', SIM_LATENCY_MS: '0', ONEMIN_API_KEY: '', GPTIMAGEAPI_API_KEY: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const line = await new Promise<string>((resolveLine, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start-up line; output: ${output}`)), 15_000);
      child.once('exit', () => reject(new Error(`exited before starting; output: ${output}`)));
      child.stdout.on('data', () => {
        const match = /Image Studio running at .*\n/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolveLine(match[0].trim());
        }
      });
    });
    expect(line).toMatch(
      /^Image Studio running at http:\/\/127\.0\.0\.1:\d+ \(1min\.ai: simulator, gptimageapi\.dev: simulator\)$/,
    );
    const url = /http:\/\/\S+/.exec(line)![0];
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
    const exit = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });
});
