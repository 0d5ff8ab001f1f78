import type { StudioConfig } from '../config.ts';
import type { Log } from '../log.ts';
import type { SharedState } from './contracts.ts';
import { createMemoryState } from './memory-state.ts';
import { createRedisState } from './redis-state.ts';

/** A running job outlives its upstream call's time limit by this much before it counts as lost. */
const RUNNING_GRACE_MS = 60_000;

/** The state the config asks for: Redis when `REDIS_URL` is set, else this process's memory. */
export function openSharedState(
  config: StudioConfig,
  log: Log,
  now: () => number = Date.now,
): Promise<SharedState> | SharedState {
  const limits = { ...config.jobs, sessionTtlMs: config.access.sessionTtlMs };
  if (!config.redisUrl) return createMemoryState(limits, now);
  return createRedisState(
    config.redisUrl,
    { ...limits, runningTtlMs: config.upstreamTimeoutMs + RUNNING_GRACE_MS, now },
    log,
  );
}
