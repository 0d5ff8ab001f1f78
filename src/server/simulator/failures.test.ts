import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseOneminFeatureAnswer } from '../../wire/onemin/answer.ts';
import { createSimulatorApp, startSimulator, type SimulatorHandle } from './index.ts';
import { SLOW_MS } from './failures.ts';
import { ASSET_BASE, postEdit, postFeature } from './test-support.ts';

const generate = {
  type: 'IMAGE_GENERATOR',
  model: 'gpt-image-2',
  promptObject: { prompt: 'Fail', size: '1024x1024', quality: 'low' },
};
const editBody = { prompt: 'Fail', image: 'https://example.com/a.png' };

/** Lets real I/O run until `done` holds, for up to 5 s of real time (setImmediate is never faked here). */
async function until(done: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = performance.now() + 5000;
  while (!(await done())) {
    if (performance.now() > deadline) throw new Error('condition never held');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function requestsSeen(app: ReturnType<typeof createSimulatorApp>): Promise<number> {
  const stats = await (await app.request('/_sim/stats')).json();
  return stats.requests.features + stats.requests.edit;
}

function settled<T>(promise: Promise<T>) {
  const state = { done: false };
  void promise.then(
    () => (state.done = true),
    () => (state.done = true),
  );
  return state;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('injected failures', () => {
  it.each([
    ['401', 'Invalid API key'],
    ['402', 'Insufficient credits'],
    ['500', 'Internal server error'],
  ] as const)('%s answers that status in each provider’s error shape', async (fail, message) => {
    const app = createSimulatorApp({ fail });
    const onemin = await postFeature(app, generate);
    expect(onemin.status).toBe(Number(fail));
    expect(await onemin.json()).toEqual({ message });
    const gpt = await postEdit(app, editBody);
    expect(gpt.status).toBe(Number(fail));
    expect(await gpt.json()).toMatchObject({ code: Number(fail), message });
  });

  it('429 carries Retry-After: 7, also on uploads', async () => {
    const app = createSimulatorApp({ fail: '429' });
    const res = await app.request('/onemin/api/assets', { method: 'POST', body: new FormData() });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
  });

  it('bad-json answers 200 with a body that is not JSON', async () => {
    const app = createSimulatorApp({ fail: 'bad-json' });
    for (const res of [await postFeature(app, generate), await postEdit(app, editBody)]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/json');
      const text = await res.text();
      expect(() => JSON.parse(text)).toThrow();
    }
  });

  it('failCount fails only the next N paid requests, and image and control routes never fail', async () => {
    const app = createSimulatorApp();
    const control = await app.request('/_sim/control', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ fail: '500', failCount: 2 }),
    });
    expect(await control.json()).toEqual({
      fail: '500',
      failCount: 2,
      latencyMs: 0,
      expireUrls: false,
      undersize: null,
      billing: 'end',
    });
    expect((await postFeature(app, generate)).status).toBe(500);
    expect((await app.request('/_sim/stats')).status).toBe(200);
    expect((await postEdit(app, editBody)).status).toBe(500);
    const ok = await postFeature(app, generate);
    expect(ok.status).toBe(200);
    expect(parseOneminFeatureAnswer(await ok.json(), ASSET_BASE).images).toHaveLength(1);
    const bad = await app.request('/_sim/control', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ fail: 'sometimes' }),
    });
    expect(bad.status).toBe(400);
  });

  it('timeout never answers, holds no timer, and ends when the client aborts', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const app = createSimulatorApp({ fail: 'timeout' });
    const abort = new AbortController();
    const pending = postFeature(app, generate, { signal: abort.signal });
    const state = settled(pending);
    await until(async () => (await requestsSeen(app)) === 1);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(state.done).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    abort.abort();
    await until(() => state.done);
    expect((await pending).status).toBe(499);
  });

  it('slow answers correctly after about 20 s, and stops early when the client aborts', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const app = createSimulatorApp({ fail: 'slow' });
    const pending = postFeature(app, generate);
    const state = settled(pending);
    await until(() => vi.getTimerCount() === 1);
    await vi.advanceTimersByTimeAsync(SLOW_MS - 1);
    expect(state.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await until(() => state.done);
    const res = await pending;
    expect(res.status).toBe(200);
    expect(parseOneminFeatureAnswer(await res.json(), ASSET_BASE).images).toHaveLength(1);

    const abort = new AbortController();
    const aborted = postEdit(app, editBody, { signal: abort.signal });
    const abortedState = settled(aborted);
    await until(() => vi.getTimerCount() === 1);
    abort.abort();
    await until(() => abortedState.done);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('reset rejects an in-process call like a dropped connection', async () => {
    const app = createSimulatorApp({ fail: 'reset' });
    await expect(postFeature(app, generate)).rejects.toThrow('reset the connection');
  });
});

describe('injected failures over TCP', () => {
  let handle: SimulatorHandle | undefined;
  afterEach(async () => {
    await handle?.close();
    handle = undefined;
  });

  it('reset destroys the socket', async () => {
    handle = await startSimulator({ fail: 'reset' });
    await expect(fetch(`${handle.url}/onemin/api/features`, { method: 'POST', body: '{}' })).rejects.toThrow(
      'fetch failed',
    );
    const stats = await (await fetch(`${handle.url}/_sim/stats`)).json();
    expect(stats.requests.features).toBe(1);
  });

  it('timeout holds the request until the client gives up, and close() still returns', async () => {
    handle = await startSimulator({ fail: 'timeout' });
    const started = Date.now();
    await expect(
      fetch(`${handle.url}/gptimageapi/v1/images/edit`, {
        method: 'POST',
        body: '{}',
        signal: AbortSignal.timeout(300),
      }),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    void fetch(`${handle.url}/gptimageapi/v1/images/edit`, { method: 'POST', body: '{}' }).catch(
      () => undefined,
    );
    const url = handle.url;
    await until(async () => (await (await fetch(`${url}/_sim/stats`)).json()).requests.edit === 2);
    await handle.close();
    handle = undefined;
  });
});
