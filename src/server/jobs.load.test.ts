import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOneminFeatureAnswer } from '../wire/onemin/index.ts';
import { IDEMPOTENCY_HEADER, JobStatusAnswer } from '../wire/proxy.ts';
import { SimStats } from './simulator/index.ts';
import { loadConfig } from './config.ts';
import { spawnSimulatorProcess, type SimulatorProcess } from './simulator-process.ts';
import { builtSpa } from './spa-fixture.ts';
import { startStudio, type StudioServer } from './start.ts';

const JOBS = 200;
const SIM_LATENCY_MS = 200;
/** The studio process alone grows by about 50-60 MB here; a buffering or leaking proxy would not stay under this. */
const RSS_GROWTH_LIMIT = 150 * 1024 * 1024;

describe('200 concurrent jobs through the studio to the simulator (loopback)', () => {
  let studio: StudioServer;
  let simulator: SimulatorProcess;
  let simUrl: string;

  beforeAll(async () => {
    // In its own process, so this process's memory is the studio's alone.
    simulator = await spawnSimulatorProcess({ SIM_LATENCY_MS: String(SIM_LATENCY_MS) });
    simUrl = simulator.url;
    const root = builtSpa();
    const config = loadConfig(
      {
        PORT: '0',
        ONEMIN_API_KEY: 'load-test-key',
        ONEMIN_BASE_URL: `${simUrl}/onemin`,
        ONEMIN_ASSET_BASE: `${simUrl}/onemin/asset`,
        GPTIMAGEAPI_API_KEY: 'load-test-key',
        GPTIMAGEAPI_BASE_URL: `${simUrl}/gptimageapi`,
        // Far above this test's load: here the limit is not what is measured.
        RATE_LIMIT_PAID_PER_MIN: String(JOBS * 10),
        RATE_LIMIT_API_PER_MIN: String(JOBS * 100),
        // All the jobs come from this one address, each on a connection of its own.
        CONNECTIONS_PER_ADDRESS: String(JOBS * 2),
      },
      root,
    );
    studio = await startStudio(config, { distDir: join(root, 'dist'), log: () => undefined });
  });
  afterAll(async () => {
    await studio.close();
    await simulator.stop();
  });

  it('answers every one, loses none, journals each as done, with memory bounded', async () => {
    const keys = Array.from({ length: JOBS }, (_, i) => `load-${Date.now()}-${i}`);
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 20);

    const started = performance.now();
    const answers = await Promise.all(
      keys.map(async (key, i) => {
        const response = await fetch(`${studio.url}/api/onemin/features`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [IDEMPOTENCY_HEADER]: key },
          body: JSON.stringify({
            type: 'IMAGE_GENERATOR',
            model: 'gpt-image-2',
            promptObject: { prompt: `Load test kite ${i}`, size: '1024x640', quality: 'low', n: 1 },
          }),
        });
        return { status: response.status, body: (await response.json()) as unknown };
      }),
    );
    const elapsedMs = performance.now() - started;
    clearInterval(sampler);

    expect(answers.map((a) => a.status)).toEqual(keys.map(() => 200));
    const urls = answers.map(
      (a) => parseOneminFeatureAnswer(a.body, `${simUrl}/onemin/asset`).images[0]!.url,
    );
    expect(new Set(urls).size).toBe(JOBS);
    // Concurrent, not queued one after another behind the simulator's latency.
    expect(elapsedMs).toBeLessThan((JOBS * SIM_LATENCY_MS) / 2);

    const statuses = await Promise.all(
      keys.map(async (key) =>
        JobStatusAnswer.parse(await (await fetch(`${studio.url}/api/jobs/${key}`)).json()),
      ),
    );
    expect(statuses.filter((s) => s.state === 'done').map((s) => s.id)).toEqual(keys);

    const stats = SimStats.parse(await (await fetch(`${simUrl}/_sim/stats`)).json());
    expect(stats.requests.features).toBe(JOBS);
    expect(new Set(stats.log.map((entry) => entry.idempotencyKey)).size).toBe(JOBS);

    expect(rssPeak - rssBefore).toBeLessThan(RSS_GROWTH_LIMIT);
  }, 60_000);
});
