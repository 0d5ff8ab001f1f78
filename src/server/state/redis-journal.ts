import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { ProviderId } from '../../catalog/index.ts';
import {
  abandonedOutcome,
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
/** Finished jobs by finishing time: answers and failures apart, each with its own bound. */
const DONE = `${KEY_PREFIX}jobs:done`;
const FAILED = `${KEY_PREFIX}jobs:failed`;
/** How long a released id's outcome stays for those who joined it. */
const RELEASED_TTL_MS = 10_000;
/** How often, how far apart, a claim whose answer was lost is undone while Redis is out of reach. */
const ABANDON_ATTEMPTS = 120;
const ABANDON_RETRY_MS = 1_000;

/** Answers the entry's fields if it exists (and was not released); -1 when too many run; 0 once claimed. */
const CLAIM = `
local k = KEYS[1]
if redis.call('EXISTS', k) == 1 and redis.call('HEXISTS', k, 'released') == 0 then
  return redis.call('HGETALL', k)
end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', tonumber(ARGV[4]) - tonumber(ARGV[5]))
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[6]) then return -1 end
redis.call('DEL', k)
redis.call('HSET', k, 'provider', ARGV[2], 'fingerprint', ARGV[3], 'claim', ARGV[7])
redis.call('PEXPIRE', k, ARGV[5])
redis.call('ZADD', KEYS[2], ARGV[4], ARGV[1])
return 0`;

/** Records the outcome once, keeps it `ttl`, and forgets the oldest finished jobs of its kind past their bound. */
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

/**
 * Undoes the claim made with token ARGV[2], if it is still that claim and has not ended: its
 * instance never heard that it succeeded, so nobody runs it. Joiners are told to try again.
 */
const ABANDON = `
local k = KEYS[1]
if redis.call('HGET', k, 'claim') ~= ARGV[2] or redis.call('HEXISTS', k, 'outcome') == 1 then return 0 end
redis.call('HSET', k, 'released', '1', 'outcome', ARGV[3])
redis.call('PEXPIRE', k, ARGV[4])
redis.call('ZREM', KEYS[2], ARGV[1])
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
 * from any other, and `/api/jobs/:id` answers through any. Finished jobs are bounded in age
 * and count, answers and failures apart (Redis's own memory limit bounds the bytes).
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

  /**
   * Undoes a claim whose answer never came. A Redis that stalls (rather than going down) runs
   * the claim late, after this instance gave up on it: left alone, it would hold the id as a
   * running job that nobody runs, and a retry would wait on it. Sent at once on the same
   * connection, the undo runs right after the claim; tried again while Redis is out of reach.
   */
  const abandon = (id: string, token: string, attempt = 1): void => {
    const outcome = JSON.stringify(abandonedOutcome());
    redis.eval(ABANDON, 2, JOB + id, RUNNING, id, token, outcome, RELEASED_TTL_MS).catch(() => {
      if (attempt < ABANDON_ATTEMPTS)
        setTimeout(() => abandon(id, token, attempt + 1), ABANDON_RETRY_MS).unref();
    });
  };

  return {
    async claim(id, provider, fingerprint) {
      const token = randomBytes(12).toString('base64url');
      // Refused unsent when the connection is down; only a claim that went out can run late.
      const sent = redis.status === 'ready';
      let answer: number | string[];
      try {
        answer = (await guarded(
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
            token,
          ),
        )) as number | string[];
      } catch (error) {
        if (sent) abandon(id, token);
        throw error;
      }
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
          outcome.ok ? DONE : FAILED,
          id,
          JSON.stringify(outcome),
          options.ttlMs,
          now(),
          outcome.ok ? options.maxCount : options.maxFailures,
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
