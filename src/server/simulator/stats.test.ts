import { describe, expect, it } from 'vitest';
import { createSimulatorApp, SimStats } from './index.ts';
import { postEdit, postFeature, quadrantPng, uploadAsset } from './test-support.ts';

describe('/_sim/stats and /_sim/control', () => {
  it('counts paid and upload requests and keys seen, never the key, and logs Idempotency-Key', async () => {
    const app = createSimulatorApp();
    await uploadAsset(app, await quadrantPng(64, 64));
    const body = {
      type: 'IMAGE_GENERATOR',
      model: 'gpt-image-2',
      promptObject: { prompt: 'Count', size: '1024x1024', quality: 'low' },
    };
    await postFeature(app, body, {
      headers: { 'Idempotency-Key': 'job-123', 'API-KEY': 'sk-secret-onemin' },
    });
    await postFeature(
      app,
      { ...body, promptObject: { ...body.promptObject, size: '1000x1000' } },
      { headers: { 'API-KEY': '' } },
    );
    await postEdit(
      app,
      { prompt: 'x', image: 'https://example.com/a.png' },
      { headers: { Authorization: 'Bearer sk-secret-gpt' } },
    );
    await postEdit(
      app,
      { prompt: 'x', image: 'https://example.com/a.png' },
      { headers: { Authorization: '' } },
    );

    const res = await app.request('/_sim/stats');
    const text = await res.text();
    expect(text).not.toContain('sk-secret');
    const stats = SimStats.parse(JSON.parse(text));
    expect(stats.requests).toEqual({ assets: 1, features: 2, edit: 2 });
    expect(stats.keysSeen).toEqual({ onemin: 2, gptimageapi: 1 });
    expect(stats.log.map((entry) => entry.route)).toEqual(['assets', 'features', 'features', 'edit', 'edit']);
    expect(stats.log[1]?.idempotencyKey).toBe('job-123');
    expect(stats.log[2]).not.toHaveProperty('idempotencyKey');
    expect(Date.parse(stats.log[0]!.at)).not.toBeNaN();

    const reset = await app.request('/_sim/control', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ reset: true, latencyMs: 5 }),
    });
    expect(await reset.json()).toEqual({
      fail: null,
      failCount: null,
      latencyMs: 5,
      expireUrls: false,
      undersize: null,
    });
    const after = SimStats.parse(await (await app.request('/_sim/stats')).json());
    expect(after).toEqual({
      requests: { assets: 0, features: 0, edit: 0 },
      keysSeen: { onemin: 0, gptimageapi: 0 },
      log: [],
    });
  });

  it('waits latencyMs per image before answering, and stops when the client goes away', async () => {
    const app = createSimulatorApp({ latencyMs: 60 });
    const body = {
      type: 'IMAGE_GENERATOR',
      model: 'gpt-image-2',
      promptObject: { prompt: 'Wait', size: '1024x1024', quality: 'low', n: 3 },
    };
    const started = performance.now();
    expect((await postFeature(app, body)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(175);

    const abortedAt = performance.now();
    const res = await postFeature(app, body, { signal: AbortSignal.timeout(30) });
    expect(res.status).toBe(499);
    expect(performance.now() - abortedAt).toBeLessThan(150);
  });
});
