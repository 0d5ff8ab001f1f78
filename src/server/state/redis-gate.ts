import type { Redis } from 'ioredis';
import { waited } from './backoff.ts';
import type { AttemptGate, BackoffPolicy } from './contracts.ts';
import { guarded, KEY_PREFIX } from './redis-client.ts';

/**
 * `createMemoryGate`'s attempt as one atomic step (see `waitMs`), so that attempts sent at once
 * through several instances cannot all slip past a delay. KEYS are the rules' keys; ARGV: now,
 * baseMs, maxMs, forgetMs, then per rule its `free` and whether it holds only after the first.
 * Answers the wait in milliseconds, 0 once the attempt is counted.
 */
const ATTEMPT = `
local now, base, max, forget = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local counts, ats = {}, {}
for i, key in ipairs(KEYS) do
  local saved = redis.call('HMGET', key, 'count', 'at')
  counts[i], ats[i] = tonumber(saved[1]) or 0, tonumber(saved[2]) or 0
  if now - ats[i] > forget then counts[i] = 0 end
end
local wait = 0
for i = 1, #KEYS do
  local free = tonumber(ARGV[3 + 2 * i])
  if counts[i] >= free and (ARGV[4 + 2 * i] == '0' or counts[1] > 0) then
    wait = math.max(wait, ats[i] + math.min(max, base * 2 ^ (counts[i] - free)) - now)
  end
end
if wait > 0 then return tostring(wait) end
for i, key in ipairs(KEYS) do
  redis.call('HSET', key, 'count', counts[i] + 1, 'at', ARGV[1])
  redis.call('PEXPIRE', key, ARGV[4])
end
return '0'`;

/** KEYS: the first ARGV[1] take one attempt back, the rest are forgotten. */
const FORGIVE = `
for i, key in ipairs(KEYS) do
  if i > tonumber(ARGV[1]) then
    redis.call('DEL', key)
  elseif tonumber(redis.call('HGET', key, 'count') or '0') > 0 then
    redis.call('HINCRBY', key, 'count', -1)
  end
end
return 0`;

export function redisGate(
  redis: Redis,
  scope: string,
  policy: BackoffPolicy,
  now: () => number,
): AttemptGate {
  const key = (name: string) => `${KEY_PREFIX}gate:${scope}:${name}`;
  return {
    async attempt(rules) {
      const wait = await guarded(
        redis.eval(
          ATTEMPT,
          rules.length,
          ...rules.map((rule) => key(rule.key)),
          now(),
          policy.baseMs,
          policy.maxMs,
          policy.forgetMs,
          ...rules.flatMap((rule) => [rule.free, rule.onlyAfterFirst ? '1' : '0']),
        ),
      );
      return waited(Number(wait));
    },
    async forgive(keys, clear) {
      const all = [...keys, ...clear].map(key);
      if (all.length) await guarded(redis.eval(FORGIVE, all.length, ...all, keys.length));
    },
  };
}
