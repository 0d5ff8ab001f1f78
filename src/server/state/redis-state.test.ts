import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_BOOK } from '../proxy/credit-book.ts';
import type { SharedState } from './contracts.ts';
import { createMemoryState } from './memory-state.ts';
import { startRedisProcess, type RedisProcess } from './redis-process.ts';
import { createRedisState } from './redis-state.ts';

const limits = {
  ttlMs: 60_000,
  maxCount: 2,
  maxFailures: 3,
  maxBytes: 1_000_000,
  maxRunning: 3,
  sessionTtlMs: 60_000,
};
const done = { ok: true as const, answer: { images: ['a.png'] } };
const refusal = {
  ok: false as const,
  error: { code: 'provider_failed' as const, message: 'It failed.', status: 502 },
};

let redis: RedisProcess;
let time = 1_000_000;
const now = () => time;
beforeAll(async () => {
  redis = await startRedisProcess();
});
afterAll(() => redis.stop());

/** The same behaviour asked of both implementations. */
describe.each([
  ['memory', async () => createMemoryState(limits, now)],
  [
    'redis',
    async () =>
      createRedisState(redis.url, { ...limits, runningTtlMs: 30_000, pollMs: 5, now }, () => undefined),
  ],
] as const)('%s state', (_name, open: () => Promise<SharedState>) => {
  let state: SharedState;
  let prefix = 0;
  const id = (name: string) => `${_name}-${(prefix += 1)}-${name}`;
  beforeAll(async () => {
    state = await open();
  });
  afterAll(() => state.close());

  it('claims a job once; a second claim sees the first and waits for its outcome', async () => {
    const job = id('job');
    expect(await state.journal.claim(job, 'onemin', 'f1')).toEqual({ claimed: true });
    const second = await state.journal.claim(job, 'onemin', 'f1');
    expect(second).toEqual({
      claimed: false,
      entry: { id: job, provider: 'onemin', fingerprint: 'f1', outcome: undefined },
    });
    const joined = state.journal.outcome(job);
    await state.journal.settle(job, done);
    expect(await joined).toEqual(done);
    expect((await state.journal.get(job))?.outcome).toEqual(done);
  });

  it('forgets a released job for a new claim, and tells those who joined it', async () => {
    const job = id('released');
    await state.journal.claim(job, 'gptimageapi', 'f');
    const joined = state.journal.outcome(job);
    const refused = {
      ok: false as const,
      error: { code: 'rate_limited' as const, message: 'later', status: 429 },
    };
    await state.journal.release(job, refused);
    expect(await joined).toEqual(refused);
    expect(await state.journal.get(job)).toBeUndefined();
    expect(await state.journal.claim(job, 'gptimageapi', 'f')).toEqual({ claimed: true });
    await state.journal.settle(job, done);
  });

  it('carries a cancel request to whoever listens for it', async () => {
    const heard: string[] = [];
    state.journal.onCancelRequest((job) => (heard.push(job), true));
    const job = id('cancel');
    expect(await state.journal.requestCancel(job)).toBe(true);
    await expect.poll(() => heard).toContain(job);
  });

  it('refuses a claim past the running cap', async () => {
    const running = [id('r1'), id('r2'), id('r3')];
    for (const job of running) await state.journal.claim(job, 'onemin', 'f');
    await expect(state.journal.claim(id('r4'), 'onemin', 'f')).rejects.toMatchObject({ status: 503 });
    for (const job of running) await state.journal.settle(job, done);
    expect(await state.journal.claim(id('r5'), 'onemin', 'f')).toEqual({ claimed: true });
    await state.journal.settle(`${_name}-${prefix}-r5`, done);
  });

  it('keeps at most maxCount finished jobs, the newest', async () => {
    const jobs = [id('a'), id('b'), id('c')];
    for (const job of jobs) {
      await state.journal.claim(job, 'onemin', 'f');
      time += 1;
      await state.journal.settle(job, done);
    }
    expect(await state.journal.get(jobs[0]!)).toBeUndefined();
    expect((await state.journal.get(jobs[2]!))?.outcome).toEqual(done);
  });

  it('keeps finished answers apart from failures: a flood of failures evicts no answer', async () => {
    const answers = [id('kept-1'), id('kept-2')];
    for (const job of answers) {
      await state.journal.claim(job, 'onemin', 'f');
      time += 1;
      await state.journal.settle(job, done);
    }
    const failures = Array.from({ length: 10 }, (_, i) => id(`failed-${i}`));
    for (const job of failures) {
      await state.journal.claim(job, 'onemin', 'f');
      time += 1;
      await state.journal.settle(job, refusal);
    }
    for (const job of answers) expect((await state.journal.get(job))?.outcome).toEqual(done);
    // Failures have a bound of their own: the newest are kept.
    expect(await state.journal.get(failures[0]!)).toBeUndefined();
    expect((await state.journal.get(failures.at(-1)!))?.outcome).toEqual(refusal);
  });

  it('shares token buckets per scope and client, refilling with the clock', async () => {
    const buckets = state.buckets(id('scope'), 2);
    expect((await buckets.take('c')).ok).toBe(true);
    expect((await buckets.peek('c')).ok).toBe(true);
    expect((await buckets.take('c')).ok).toBe(true);
    expect(await buckets.take('c')).toEqual({ ok: false, retryAfterSeconds: 30 });
    expect((await buckets.take('other')).ok).toBe(true);
    time += 30_000;
    expect((await buckets.take('c')).ok).toBe(true);
  });

  it('reserves credits within a limit and adds actual costs', async () => {
    const user = id('user');
    expect(await state.ledger.reserve(user, '2026-11-27', 16, 16)).toEqual({ ok: true });
    expect(await state.ledger.reserve(user, '2026-11-27', 4, 16)).toEqual({ ok: false, spent: 16 });
    await state.ledger.add(user, '2026-11-27', -6);
    expect(await state.ledger.spent(user, '2026-11-27')).toBe(10);
    expect(await state.ledger.spent(user, '2026-11-28')).toBe(0);
  });

  it('reserves atomically: of 30 reservations at once against a limit, only those that fit pass', async () => {
    const user = id('crowd');
    const results = await Promise.all(
      Array.from({ length: 30 }, () => state.ledger.reserve(user, '2026-11-27', 7, 50)),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(7);
    expect(await state.ledger.spent(user, '2026-11-27')).toBe(49);
  });

  it('changes the credit book one step at a time, whichever instance changes it', async () => {
    // A second instance on the same store (for memory, the same one).
    const other = _name === 'redis' ? await open() : state;
    try {
      await state.ledger.updateBook(() => ({ book: { ...EMPTY_BOOK, total: 0 }, result: undefined }));
      const seen = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          (i % 2 ? other : state).ledger.updateBook((book) => ({
            book: { ...book, total: (book.total ?? 0) + 1 },
            result: book.total,
          })),
        ),
      );
      expect((await other.ledger.book()).total).toBe(40);
      // Each change saw the book as the one before left it.
      expect([...seen].sort((a, b) => a! - b!)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    } finally {
      if (other !== state) await other.close();
    }
  });

  it('counts attempts per key with delays that grow, and forgives right ones', async () => {
    const gate = state.gate(id('gate'), { baseMs: 1000, maxMs: 4000, forgetMs: 60_000 });
    const [pair, address, name] = [id('pair'), id('address'), id('name')];
    const rules = [
      { key: pair, free: 2 },
      { key: address, free: 10 },
    ];
    expect(await gate.attempt(rules)).toEqual({ ok: true });
    expect(await gate.attempt(rules)).toEqual({ ok: true });
    const waits: unknown[] = [];
    for (let i = 0; i < 4; i++) {
      const held = await gate.attempt(rules);
      waits.push(held);
      if (!held.ok) time += held.retryAfterSeconds * 1000;
      expect(await gate.attempt(rules)).toEqual({ ok: true });
    }
    // 1 s, 2 s, 4 s, then no longer than maxMs.
    expect(waits.map((held) => (held as { retryAfterSeconds: number }).retryAfterSeconds)).toEqual([
      1, 2, 4, 4,
    ]);
    // A right attempt clears the pair and takes itself back from the others.
    await gate.forgive([address], [pair]);
    expect(await gate.attempt(rules)).toEqual({ ok: true });
    // Forgotten once quiet for forgetMs.
    time += 61_000;
    for (let i = 0; i < 2; i++) expect((await gate.attempt(rules)).ok).toBe(true);

    // A rule that holds only after the first: a clean first key passes whatever the second's count.
    const ceiling = (first: string) => [
      { key: first, free: 5 },
      { key: name, free: 1, onlyAfterFirst: true },
    ];
    expect((await gate.attempt(ceiling(id('clean-1')))).ok).toBe(true);
    expect((await gate.attempt(ceiling(id('clean-2')))).ok).toBe(true);
    const failed = id('failed');
    expect((await gate.attempt([{ key: failed, free: 5 }])).ok).toBe(true);
    expect((await gate.attempt(ceiling(failed))).ok).toBe(false);
  });

  it('keeps sessions by token until they end', async () => {
    const session = { name: 'alice', credential: 'c1' };
    const token = await state.sessions.create(session);
    expect(await state.sessions.find(token)).toEqual(session);
    expect(await state.sessions.find(`${token}x`)).toBeUndefined();
    await state.sessions.end(token);
    expect(await state.sessions.find(token)).toBeUndefined();
  });
});

describe('redis state while Redis is down', () => {
  it('refuses with the unavailable error at once, and works again once Redis is back', async () => {
    const state = await createRedisState(
      redis.url,
      { ...limits, runningTtlMs: 30_000, now },
      () => undefined,
    );
    try {
      await redis.stop();
      await expect(state.journal.claim('down-1', 'onemin', 'f')).rejects.toMatchObject({
        code: 'unavailable',
        status: 503,
      });
      await expect(state.buckets('x', 1).take('c')).rejects.toMatchObject({ status: 503 });
      await redis.start();
      await expect
        .poll(() => state.journal.claim('down-1', 'onemin', 'f').catch(() => 'down'), { timeout: 10_000 })
        .toEqual({ claimed: true });
    } finally {
      await state.close();
    }
  });
});
