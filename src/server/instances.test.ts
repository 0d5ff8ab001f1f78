import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDEMPOTENCY_HEADER, JobStatusAnswer } from '../wire/proxy.ts';
import { SimStats } from './simulator/index.ts';
import { spawnSimulatorProcess, type SimulatorProcess } from './simulator-process.ts';
import { builtSpa } from './spa-fixture.ts';
import { startRedisProcess, type RedisProcess } from './state/redis-process.ts';
import { spawnStudioProcess, type StudioProcess } from './studio-process.ts';

const PAID_PER_MIN = 4;

const generateBody = (prompt: string) =>
  JSON.stringify({
    type: 'IMAGE_GENERATOR',
    model: 'gpt-image-2',
    promptObject: { prompt, size: '1024x1024', quality: 'low', n: 1 },
  });

/** A generate request from `localAddress` (a loopback address of its own = a client of its own). */
function generate(
  studio: StudioProcess,
  options: { prompt: string; key?: string; from: string },
): Promise<{ status: number; body: string }> {
  const body = generateBody(options.prompt);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${studio.url}/api/onemin/features`,
      {
        method: 'POST',
        localAddress: options.from,
        headers: {
          'Content-Type': 'application/json',
          ...(options.key ? { [IDEMPOTENCY_HEADER]: options.key } : {}),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('two studio processes on one real Redis', () => {
  let redis: RedisProcess;
  let sim: SimulatorProcess;
  let a: StudioProcess;
  let b: StudioProcess;
  const featureCalls = async () =>
    SimStats.parse(await (await fetch(`${sim.url}/_sim/stats`)).json()).requests.features;

  beforeAll(async () => {
    [redis, sim] = await Promise.all([startRedisProcess(), spawnSimulatorProcess({ SIM_LATENCY_MS: '400' })]);
    const env = {
      REDIS_URL: redis.url,
      ONEMIN_API_KEY: 'instances-test-key',
      ONEMIN_BASE_URL: `${sim.url}/onemin`,
      ONEMIN_ASSET_BASE: `${sim.url}/onemin/asset`,
      GPTIMAGEAPI_API_KEY: 'instances-test-key',
      GPTIMAGEAPI_BASE_URL: `${sim.url}/gptimageapi`,
      RATE_LIMIT_PAID_PER_MIN: String(PAID_PER_MIN),
    };
    [a, b] = await Promise.all([spawnStudioProcess(builtSpa(), env), spawnStudioProcess(builtSpa(), env)]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop(), sim?.stop()]);
    await redis?.stop();
  });

  it('joins one keyed job sent to both into one upstream call, and both get its answer', async () => {
    const before = await featureCalls();
    const [first, second] = await Promise.all([
      generate(a, { prompt: 'A kite', key: 'both-1', from: '127.0.0.2' }),
      generate(b, { prompt: 'A kite', key: 'both-1', from: '127.0.0.2' }),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.body).toBe(first.body);
    expect((await featureCalls()) - before).toBe(1);
  });

  it('answers /api/jobs/:id through the other instance once the job has ended', async () => {
    const sent = await generate(a, { prompt: 'A boat', key: 'collect-1', from: '127.0.0.2' });
    expect(sent.status).toBe(200);
    const status = JobStatusAnswer.parse(await (await fetch(`${b.url}/api/jobs/collect-1`)).json());
    expect(status.state).toBe('done');
    expect(status.answer).toEqual(JSON.parse(sent.body));
  });

  it('cancels a job running on one instance through the other', async () => {
    const running = generate(a, { prompt: 'A slow kite', key: 'cancel-1', from: '127.0.0.5' });
    await expect
      .poll(async () => (await fetch(`${b.url}/api/jobs/cancel-1`)).status, { interval: 20 })
      .toBe(200);
    const cancelled = JobStatusAnswer.parse(
      await (await fetch(`${b.url}/api/jobs/cancel-1`, { method: 'DELETE' })).json(),
    );
    expect(cancelled).toMatchObject({ state: 'failed', error: { code: 'cancelled' } });
    expect((await running).status).toBe(409);
  });

  it(`lets exactly ${PAID_PER_MIN} of 6 paid requests from one client through, split across both`, async () => {
    const before = await featureCalls();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const studio = i % 2 === 0 ? a : b;
      statuses.push(
        (await generate(studio, { prompt: `Kite ${i}`, key: `split-${i}`, from: '127.0.0.3' })).status,
      );
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(PAID_PER_MIN);
    expect(statuses.filter((s) => s === 429)).toHaveLength(6 - PAID_PER_MIN);
    expect((await featureCalls()) - before).toBe(PAID_PER_MIN);
  });

  it('refuses paid requests with 503 while Redis is down, sends nothing twice, and recovers', async () => {
    const before = await featureCalls();
    await redis.stop();
    const refused = await Promise.all([
      generate(a, { prompt: 'Down', key: 'down-1', from: '127.0.0.4' }),
      generate(b, { prompt: 'Down', key: 'down-1', from: '127.0.0.4' }),
    ]);
    expect(refused.map((r) => r.status)).toEqual([503, 503]);
    expect(JSON.parse(refused[0]!.body).error.message).toMatch(/Redis/);
    expect((await featureCalls()) - before).toBe(0);

    await redis.start();
    await expect
      .poll(async () => (await fetch(`${a.url}/api/jobs/none`)).status, { timeout: 15_000, interval: 200 })
      .toBe(404);
    await expect
      .poll(async () => (await fetch(`${b.url}/api/jobs/none`)).status, { timeout: 15_000, interval: 200 })
      .toBe(404);
    const [again, joined] = await Promise.all([
      generate(a, { prompt: 'Down', key: 'down-1', from: '127.0.0.4' }),
      generate(b, { prompt: 'Down', key: 'down-1', from: '127.0.0.4' }),
    ]);
    expect([again.status, joined.status]).toEqual([200, 200]);
    expect((await featureCalls()) - before).toBe(1);
  }, 40_000);
});
