import { describe, expect, it, vi } from 'vitest';
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
      billing: 'end',
    });
    const after = SimStats.parse(await (await app.request('/_sim/stats')).json());
    expect(after).toMatchObject({
      requests: { assets: 0, features: 0, edit: 0 },
      keysSeen: { onemin: 0, gptimageapi: 0 },
      log: [],
      usedCredit: stats.usedCredit,
    });
    // The images stay: a reset clears the counts, not what was uploaded.
    expect(after.store.images).toBeGreaterThan(0);
  });

  it('waits latencyMs per image before answering, and stops when the client goes away', async () => {
    // The simulator's clock is stepped by hand, so the test reads no time.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const app = createSimulatorApp({ latencyMs: 60 });
      const body = {
        type: 'IMAGE_GENERATOR',
        model: 'gpt-image-2',
        promptObject: { prompt: 'Wait', size: '1024x1024', quality: 'low', n: 3 },
      };
      /** Lets the request run until it waits on its latency timer. */
      const untilWaiting = async () => {
        while (vi.getTimerCount() === 0) await new Promise((resolve) => setImmediate(resolve));
      };
      const answer = postFeature(app, body);
      await untilWaiting();
      // Three images × 60 ms: still waiting at 179 ms, done waiting at 180 ms.
      await vi.advanceTimersByTimeAsync(179);
      expect(vi.getTimerCount()).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(vi.getTimerCount()).toBe(0);
      expect((await answer).status).toBe(200);

      const client = new AbortController();
      const left = postFeature(app, body, { signal: client.signal });
      await untilWaiting();
      client.abort();
      // Answered without the clock moving: the wait ended when the client left.
      expect((await left).status).toBe(499);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
