import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IDEMPOTENCY_HEADER } from '../../wire/proxy.ts';
import { createJobRunner, type PaidRequest } from '../proxy/jobs.ts';
import { generateBody, postJson, startTestProxy, type TestProxy } from '../proxy/test-support.ts';
import { startSimulator, type SimStats } from '../simulator/index.ts';
import type { SharedState } from './contracts.ts';
import { startRedisProcess, type RedisProcess } from './redis-process.ts';
import { createRedisState } from './redis-state.ts';

const limits = {
  ttlMs: 60_000,
  maxCount: 10,
  maxFailures: 10,
  maxBytes: 1_000_000,
  maxRunning: 10,
  sessionTtlMs: 60_000,
  // Far longer than the test may take: a phantom would hold a retry this long.
  runningTtlMs: 120_000,
  pollMs: 20,
};
const quiet = () => undefined;

let redis: RedisProcess;
beforeAll(async () => {
  redis = await startRedisProcess();
});
afterEach(() => redis.resume());
afterAll(() => redis.stop());

describe('a Redis that stalls (SIGSTOP) and then goes on (SIGCONT), seen by two instances', () => {
  const states: SharedState[] = [];
  afterAll(() => Promise.all(states.map((state) => state.close())));
  const instance = async () => {
    const state = await createRedisState(redis.url, limits, quiet);
    states.push(state);
    return createJobRunner(state.journal, quiet);
  };

  it('leaves no phantom job: a retry after the stall runs the job, paid once', async () => {
    const [a, b] = [await instance(), await instance()];
    let paid = 0;
    const call = async () => ({ answer: (paid += 1) });
    const request: PaidRequest = {
      owner: 'alice',
      key: 'stalled-claim-1',
      provider: 'onemin',
      route: 'POST /api/onemin/features',
      body: { prompt: 'A kite' },
      browserSignal: new AbortController().signal,
    };

    redis.pause();
    // The claim reaches the stalled Redis and gets no answer: the request is refused, unpaid.
    const during = await a.run(request, call);
    expect(during).toMatchObject({ ok: false, error: { code: 'unavailable', status: 503 } });
    redis.resume();

    // Redis has now run that claim too; the retry must not wait on a job nobody runs.
    const retry = await b.run(request, call);
    expect(retry).toEqual({ ok: true, answer: { answer: 1 } });
    expect(paid).toBe(1);
    expect(await b.status('alice', 'stalled-claim-1')).toMatchObject({ state: 'done' });
  });

  it('a stall while the job runs: the retry joins the real job and gets its answer', async () => {
    const sim = await startSimulator({ latencyMs: 600 });
    const env = {
      REDIS_URL: redis.url,
      ONEMIN_API_KEY: 'stall-test-key',
      ONEMIN_BASE_URL: `${sim.url}/onemin`,
      ONEMIN_ASSET_BASE: `${sim.url}/onemin/asset`,
    };
    const proxies: TestProxy[] = [await startTestProxy(() => env), await startTestProxy(() => env)];
    const featureCalls = async () =>
      ((await (await fetch(`${sim.url}/_sim/stats`)).json()) as SimStats).requests.features;
    try {
      const [a, b] = proxies as [TestProxy, TestProxy];
      const send = (proxy: TestProxy) =>
        postJson(`${proxy.url}/api/onemin/features`, generateBody(), {
          [IDEMPOTENCY_HEADER]: 'stalled-run-1',
        });
      const first = send(a);
      await expect.poll(featureCalls, { interval: 10 }).toBe(1);
      redis.pause();
      // The upstream answers during the stall; its record waits for Redis.
      const answered = await first;
      expect(answered.status).toBe(200);
      redis.resume();

      const retry = await send(b);
      expect(retry.status).toBe(200);
      expect(await retry.json()).toEqual(await answered.json());
      expect(await featureCalls()).toBe(1);
    } finally {
      await Promise.all(proxies.map((proxy) => proxy.close()));
      await sim.close();
    }
  });
});
