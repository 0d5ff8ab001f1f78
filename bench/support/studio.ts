import { mkdirSync } from 'node:fs';
import { loadConfig } from '../../src/server/config.ts';
import { startStudio, type StudioServer } from '../../src/server/start.ts';
import { BENCH_OUT } from './paths.ts';

/**
 * The built studio on loopback, on a free port, with both providers on the simulator
 * answering at once. The configuration is read from bench/.out, so a developer's .env
 * (and any real key in it) never reaches a bench.
 */
export async function startBenchStudio(distDir: string): Promise<StudioServer> {
  mkdirSync(BENCH_OUT, { recursive: true });
  const config = loadConfig(
    {
      HOST: '127.0.0.1',
      PORT: '0',
      SIM_PORT: '0',
      SIM_LATENCY_MS: '0',
      RATE_LIMIT_API_PER_MIN: '100000',
    },
    BENCH_OUT,
  );
  // The request log would drown the figures.
  return startStudio(config, { distDir, log: () => {} });
}
