import type { Redis } from 'ioredis';
import type { ProviderId } from '../../catalog/index.ts';
import {
  tooManyRunning,
  type JobEntry,
  type JobJournal,
  type JobOutcome,
  type JournalLimits,
} from '../proxy/journal.ts';
import { guarded, KEY_PREFIX } from './redis-client.ts';

const JOB = `${KEY_PREFIX}job:`;
const RUNNING = `${KEY_PREFIX}jobs:running`;
/** Where cancel requests travel to the instance that runs the job. */
const CANCEL_CHANNEL = `${KEY_PREFIX}cancel`;
const DONE = `${KEY_PREFIX}jobs:done`;
/** How long a released id's outcome stays for those who joined it. */
const RELEASED_TTL_MS = 10_000;

/** Answers the entry's fields if it exists (and was not released); -1 when too many run; 0 once claimed. */
const CLAIM = `
local k = KEYS[1]
if redis.call('EXISTS', k) == 1 and redis.call('HEXISTS', k, 'released') == 0 then
  return redis.call('HGETALL', k)
end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', tonumber(ARGV[4]) - tonumber(ARGV[5]))
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[6]) then return -1 end
redis.call('DEL', k)
redis.call('HSET', k, 'provider', ARGV[2], 'fingerprint', ARGV[3])
redis.call('PEXPIRE', k, ARGV[5])
redis.call('ZADD', KEYS[2], ARGV[4], ARGV[1])
return 0`;

/** Records the outcome once, keeps it `ttl`, and forgets the oldest finished jobs past `maxCount`. */
const SETTLE = `
local k = KEYS[1]
if redis.call('EXISTS', k) == 0 or redis.call('HEXISTS', k, 'outcome') == 1 then return 0 end
redis.call('HSET', k, 'outcome', ARGV[2])
redis.call('PEXPIRE', k, ARGV[3])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZADD', KEYS[3], ARGV[4], ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', tonumber(ARGV[4]) - tonumber(ARGV[3]))
local extra = redis.call('ZCARD', KEYS[3]) - tonumber(ARGV[5])
if extra > 0 then
  for _, id in ipairs(redis.call('ZRANGE', KEYS[3], 0, extra - 1)) do redis.call('DEL', ARGV[6] .. id) end
  redis.call('ZREMRANGEBYRANK', KEYS[3], 0, extra - 1)
end
return 1`;

const RELEASE = `
local k = KEYS[1]
if redis.call('EXISTS', k) == 0 or redis.call('HEXISTS', k, 'outcome') == 1 then return 0 end
redis.call('HSET', k, 'released', '1', 'outcome', ARGV[2])
redis.call('PEXPIRE', k, ARGV[3])
redis.call('ZREM', KEYS[2], ARGV[1])
return 1`;

export type RedisJournalOptions = JournalLimits & {
  /** How long a running job may hold its id before it counts as lost (its instance died). */
  runningTtlMs: number;
  /** How often a request that joined a job elsewhere looks for its outcome. */
  pollMs?: number;
  now?: () => number;
};

/**
 * The job journal in Redis, shared by every instance: a key claimed through one joins there
 * from any other, and `/api/jobs/:id` answers through any. Finished answers are bounded in age
 * and count (Redis's own memory limit bounds the bytes).
 */
export function createRedisJournal(
  redis: Redis,
  subscriber: Redis,
  options: RedisJournalOptions,
): JobJournal {
  const { pollMs = 100, now = Date.now } = options;
  const fields = async (id: string) => guarded(redis.hgetall(JOB + id));
  const cancelListeners: ((id: string) => boolean)[] = [];
  subscriber.on('message', (channel: string, id: string) => {
    if (channel === CANCEL_CHANNEL) for (const listener of cancelListeners) listener(id);
  });
  // Subscribed on every (re)connection: commands sent while it is down are refused, not queued.
  const subscribe = () => void subscriber.subscribe(CANCEL_CHANNEL).catch(() => undefined);
  subscriber.on('ready', subscribe);
  if (subscriber.status === 'ready') subscribe();

  return {
    async claim(id, provider, fingerprint) {
      const answer = (await guarded(
        redis.eval(
          CLAIM,
          2,
          JOB + id,
          RUNNING,
          id,
          provider,
          fingerprint,
          now(),
          options.runningTtlMs,
          options.maxRunning,
        ),
      )) as number | string[];
      if (answer === -1) throw tooManyRunning(options.maxRunning);
      if (answer === 0) return { claimed: true };
      return { claimed: false, entry: toEntry(id, pairs(answer as string[]))! };
    },
    async settle(id, outcome) {
      await guarded(
        redis.eval(
          SETTLE,
          3,
          JOB + id,
          RUNNING,
          DONE,
          id,
          JSON.stringify(outcome),
          options.ttlMs,
          now(),
          options.maxCount,
          JOB,
        ),
      );
    },
    async release(id, outcome) {
      await guarded(redis.eval(RELEASE, 2, JOB + id, RUNNING, id, JSON.stringify(outcome), RELEASED_TTL_MS));
    },
    async get(id) {
      const found = await fields(id);
      return found.released ? undefined : toEntry(id, found);
    },
    async requestCancel(id) {
      await guarded(redis.publish(CANCEL_CHANNEL, id));
      return true;
    },
    onCancelRequest(listener) {
      cancelListeners.push(listener);
    },
    async outcome(id) {
      for (;;) {
        const found = await fields(id);
        if (!found.provider) return undefined;
        if (found.outcome) return JSON.parse(found.outcome) as JobOutcome;
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
    },
  };
}

function pairs(flat: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) out[flat[i]!] = flat[i + 1]!;
  return out;
}

function toEntry(id: string, found: Record<string, string>): JobEntry | undefined {
  if (!found.provider || !found.fingerprint) return undefined;
  return {
    id,
    provider: found.provider as ProviderId,
    fingerprint: found.fingerprint,
    outcome: found.outcome ? (JSON.parse(found.outcome) as JobOutcome) : undefined,
  };
}
