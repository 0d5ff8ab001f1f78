import { Redis } from 'ioredis';
import { ProxyError } from '../proxy/errors.ts';
import type { Log } from '../log.ts';

export const redisUnavailable = () =>
  new ProxyError(
    'unavailable',
    503,
    "The studio's shared state (Redis) cannot be reached, so it sends nothing that could be paid twice. Try again in a minute; if it keeps happening, tell whoever runs the studio.",
    { 'Retry-After': '10' },
  );

/** Every key the studio writes starts with this, so one Redis can hold other data too. */
export const KEY_PREFIX = 'studio:';

/**
 * A Redis connection that fails fast: commands sent while it is down are refused at once (no
 * offline queue, no resend), so a paid request never waits on, or repeats after, a reconnect.
 * It keeps reconnecting in the background and logs each change of state once.
 */
export async function connectRedis(url: string, log: Log): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2_000,
    commandTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  let reachable: boolean | undefined;
  const report = (now: boolean) => {
    if (reachable !== now)
      log(now ? 'Redis is reachable.' : 'Redis cannot be reached; paid requests are refused until it is.');
    reachable = now;
  };
  redis.on('ready', () => report(true));
  redis.on('error', () => report(false));
  await redis.connect().catch(() => report(false));
  return redis;
}

/** Runs a Redis command, turning any failure of the store into the `unavailable` answer. */
export async function guarded<T>(command: Promise<T>): Promise<T> {
  try {
    return await command;
  } catch {
    throw redisUnavailable();
  }
}
