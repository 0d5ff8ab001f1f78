import type { Admission } from '../proxy/rate-limit.ts';
import type { AttemptGate, BackoffPolicy, GateRule } from './contracts.ts';

/** Keys remembered at most in memory; the least recently used go first, so memory stays bounded. */
const MAX_KEYS = 100_000;

/** A key's attempts on record and when the last one came. */
export type AttemptRecord = { count: number; at: number };

/** How long an attempt must still wait under one rule: none until `free` attempts, then the policy's delay. */
export function waitMs(
  record: AttemptRecord | undefined,
  free: number,
  policy: BackoffPolicy,
  now: number,
): number {
  if (!record || record.count < free) return 0;
  const delay = Math.min(policy.maxMs, policy.baseMs * 2 ** (record.count - free));
  return Math.max(0, record.at + delay - now);
}

export const waited = (ms: number): Admission =>
  ms > 0 ? { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)) } : { ok: true };

/** The attempt gate in this process's memory (the Redis one runs the same steps as one script). */
export function createMemoryGate(policy: BackoffPolicy, now: () => number): AttemptGate {
  const records = new Map<string, AttemptRecord>();
  const current = (key: string, time: number): AttemptRecord | undefined => {
    const record = records.get(key);
    return record && time - record.at <= policy.forgetMs ? record : undefined;
  };
  const store = (key: string, record: AttemptRecord) => {
    // Re-inserting keeps the map in order of last use, oldest first.
    records.delete(key);
    records.set(key, record);
    if (records.size > MAX_KEYS) records.delete(records.keys().next().value as string);
  };
  return {
    async attempt(rules: GateRule[]) {
      const time = now();
      const found = rules.map((rule) => current(rule.key, time));
      const first = found[0]?.count ?? 0;
      const wait = Math.max(
        0,
        ...rules.map((rule, i) =>
          rule.onlyAfterFirst && first === 0 ? 0 : waitMs(found[i], rule.free, policy, time),
        ),
      );
      if (wait === 0)
        rules.forEach((rule, i) => store(rule.key, { count: (found[i]?.count ?? 0) + 1, at: time }));
      return waited(wait);
    },
    async forgive(keys, clear) {
      for (const key of keys) {
        const record = records.get(key);
        if (record && record.count > 0) record.count -= 1;
      }
      for (const key of clear) records.delete(key);
    },
  };
}
