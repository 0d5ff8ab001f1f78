import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { Log } from '../log.ts';
import type { Admission } from '../proxy/rate-limit.ts';
import type { SessionStore, SharedBuckets, SharedState } from './contracts.ts';
import { newSessionToken, tokenId } from './memory-state.ts';
import { connectRedis, guarded, KEY_PREFIX } from './redis-client.ts';
import { redisGate } from './redis-gate.ts';
import { createRedisJournal, type RedisJournalOptions } from './redis-journal.ts';
import { redisLedger } from './redis-ledger.ts';

/** A bucket absent from Redis is full; one untouched for a minute has refilled, so it may go. */
const BUCKET_TTL_MS = 60_000;

/** The token bucket of `createTokenBuckets`, as one atomic step; answers -1 (a token) or the tokens left. */
const BUCKET = `
local per = tonumber(ARGV[1])
local now = tonumber(ARGV[2])
local saved = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = per
if saved[1] then tokens = math.min(per, tonumber(saved[1]) + math.max(0, now - tonumber(saved[2])) * per / 60000) end
local ok = tokens >= 1
if ARGV[3] == '1' then
  if ok then tokens = tokens - 1 end
  redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', ARGV[2])
  redis.call('PEXPIRE', KEYS[1], ARGV[4])
end
if ok then return '-1' end
return tostring(tokens)`;

type RedisStateOptions = RedisJournalOptions & { sessionTtlMs: number };

/** The studio's state in Redis at `url`, shared by every instance that names the same Redis. */
export async function createRedisState(
  url: string,
  options: RedisStateOptions,
  log: Log,
): Promise<SharedState> {
  // A subscribed connection takes no other commands: cancel requests get one of their own.
  const [redis, subscriber] = await Promise.all([connectRedis(url, log), connectRedis(url, () => undefined)]);
  const now = options.now ?? Date.now;
  return {
    journal: createRedisJournal(redis, subscriber, { ...options, now }),
    buckets: (scope, perMinute) => redisBuckets(redis, scope, perMinute, now),
    gate: (scope, policy) => redisGate(redis, scope, policy, now),
    ledger: redisLedger(redis),
    sessions: redisSessions(redis, options.sessionTtlMs),
    close: async () => {
      redis.disconnect();
      subscriber.disconnect();
    },
  };
}

function redisBuckets(redis: Redis, scope: string, perMinute: number, now: () => number): SharedBuckets {
  const perMs = perMinute / 60_000;
  const step = async (client: string, take: boolean): Promise<Admission> => {
    const key = `${KEY_PREFIX}bucket:${scope}:${perMinute}:${client}`;
    const left = Number(
      await guarded(redis.eval(BUCKET, 1, key, perMinute, now(), take ? '1' : '0', BUCKET_TTL_MS)),
    );
    return left < 0
      ? { ok: true }
      : { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - left) / perMs / 1000)) };
  };
  return { take: (client) => step(client, true), peek: (client) => step(client, false) };
}

/** A session as Redis keeps it; anything else (such as a session of an earlier version) signs no one in. */
const StoredSession = z.object({ name: z.string(), credential: z.string() });

function redisSessions(redis: Redis, ttlMs: number): SessionStore {
  const key = (token: string) => `${KEY_PREFIX}session:${tokenId(token)}`;
  return {
    async create(session) {
      const token = newSessionToken();
      await guarded(redis.set(key(token), JSON.stringify(StoredSession.parse(session)), 'PX', ttlMs));
      return token;
    },
    async find(token) {
      const stored = await guarded(redis.get(key(token)));
      if (stored === null) return undefined;
      try {
        return StoredSession.parse(JSON.parse(stored));
      } catch {
        return undefined;
      }
    },
    async end(token) {
      await guarded(redis.del(key(token)));
    },
  };
}
