import { describe, expect, it } from 'vitest';
import { createMemoryJournal, jobStatus, type JobOutcome } from './journal.ts';

const done = (answer: unknown): JobOutcome => ({ ok: true, answer });

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('createMemoryJournal', () => {
  it('claims an id once; a second claim answers the recorded entry', async () => {
    const journal = createMemoryJournal({
      ttlMs: 1000,
      maxCount: 10,
      maxFailures: 10,
      maxBytes: 10_000,
      maxRunning: 100,
    });
    expect(await journal.claim('a', 'onemin', 'f1')).toEqual({ claimed: true });
    const second = await journal.claim('a', 'onemin', 'f2');
    expect(second).toMatchObject({
      claimed: false,
      entry: { id: 'a', fingerprint: 'f1', outcome: undefined },
    });
  });

  it('releases a claim that never started: waiters get the outcome, and the id can be claimed again', async () => {
    const journal = createMemoryJournal({
      ttlMs: 1000,
      maxCount: 10,
      maxFailures: 10,
      maxBytes: 10_000,
      maxRunning: 100,
    });
    await journal.claim('a', 'onemin', 'f');
    const waiter = journal.outcome('a');
    const refused: JobOutcome = {
      ok: false,
      error: { code: 'rate_limited', message: 'Later.', status: 429 },
    };
    await journal.release('a', refused);
    expect(await waiter).toEqual(refused);
    expect(await journal.get('a')).toBeUndefined();
    expect(await journal.claim('a', 'onemin', 'f')).toEqual({ claimed: true });
    // A settled job is kept: release leaves it alone.
    await journal.settle('a', done(1));
    await journal.release('a', refused);
    expect((await journal.get('a'))?.outcome).toEqual(done(1));
  });

  it('resolves every waiter with the outcome once the job settles', async () => {
    const journal = createMemoryJournal({
      ttlMs: 1000,
      maxCount: 10,
      maxFailures: 10,
      maxBytes: 10_000,
      maxRunning: 100,
    });
    await journal.claim('a', 'gptimageapi', 'f');
    const waiters = Promise.all([journal.outcome('a'), journal.outcome('a')]);
    await journal.settle('a', done({ images: 1 }));
    expect(await waiters).toEqual([done({ images: 1 }), done({ images: 1 })]);
    expect(jobStatus((await journal.get('a'))!)).toEqual({
      id: 'a',
      provider: 'gptimageapi',
      state: 'done',
      answer: { images: 1 },
    });
    expect(await journal.outcome('unknown')).toBeUndefined();
  });

  it('forgets finished jobs after the time to live, but never a running one', async () => {
    const time = clock();
    const journal = createMemoryJournal(
      { ttlMs: 1000, maxCount: 10, maxFailures: 10, maxBytes: 10_000, maxRunning: 100 },
      time.now,
    );
    await journal.claim('finished', 'onemin', 'f');
    await journal.claim('running', 'onemin', 'f');
    await journal.settle('finished', done(1));
    time.advance(999);
    expect(await journal.get('finished')).toBeDefined();
    time.advance(2);
    expect(await journal.get('finished')).toBeUndefined();
    time.advance(1_000_000);
    expect(jobStatus((await journal.get('running'))!).state).toBe('running');
  });

  it('keeps at most maxCount finished jobs, dropping the earliest finished first', async () => {
    const journal = createMemoryJournal({
      ttlMs: 60_000,
      maxCount: 2,
      maxFailures: 10,
      maxBytes: 10_000,
      maxRunning: 100,
    });
    for (const id of ['a', 'b', 'c']) await journal.claim(id, 'onemin', 'f');
    for (const id of ['b', 'a', 'c']) await journal.settle(id, done(id));
    expect(await journal.get('b')).toBeUndefined();
    expect(await journal.get('a')).toBeDefined();
    expect(await journal.get('c')).toBeDefined();
  });

  it('keeps the answers under maxBytes in total', async () => {
    const journal = createMemoryJournal({
      ttlMs: 60_000,
      maxCount: 100,
      maxFailures: 10,
      maxBytes: 250,
      maxRunning: 100,
    });
    for (const id of ['a', 'b', 'c']) {
      await journal.claim(id, 'onemin', 'f');
      await journal.settle(id, done('x'.repeat(100)));
    }
    expect(await journal.get('a')).toBeUndefined();
    expect(await journal.get('b')).toBeDefined();
    expect(await journal.get('c')).toBeDefined();
  });
});
