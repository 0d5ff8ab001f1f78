import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HealthAnswer } from '../wire/proxy.ts';
import { studioDevServer } from './dev-plugin.ts';

describe('studioDevServer', () => {
  let server: ViteDevServer;
  let url: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    Object.assign(process.env, { ONEMIN_API_KEY: '', GPTIMAGEAPI_API_KEY: '', SIM_LATENCY_MS: '0' });
    const root = mkdtempSync(join(tmpdir(), 'studio-dev-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>dev studio</title>');
    server = await createServer({
      root,
      configFile: false,
      mode: 'development',
      logLevel: 'silent',
      plugins: [studioDevServer()],
      server: { host: '127.0.0.1', port: 0, strictPort: false, ws: false },
    });
    await server.listen();
    url = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  });
  afterAll(async () => {
    await server.close();
    process.env = saved;
  });

  it('answers /api/* from the proxy on the dev server port, on the simulator without keys', async () => {
    const health = HealthAnswer.parse(await (await fetch(`${url}/api/health`)).json());
    expect(health.providers.onemin.mode).toBe('simulator');
    const generated = await fetch(`${url}/api/onemin/features`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        type: 'IMAGE_GENERATOR',
        model: 'gpt-image-2',
        promptObject: { prompt: 'A kite', size: '1000x1000', quality: 'low' },
      }),
    });
    expect(generated.status).toBe(400);
    expect((await generated.json()).error.message).toMatch(/Block size/);
    const unknown = await fetch(`${url}/api/unknown?x=1`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe('not_found');
  });

  it('leaves every other path to Vite', async () => {
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('dev studio');
  });
});
