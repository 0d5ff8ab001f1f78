import { describe, expect, it, vi } from 'vitest';
import { createJobRunner } from './jobs.ts';
import { createMemoryJournal } from './journal.ts';

const limits = { ttlMs: 60_000, maxCount: 10, maxFailures: 10, maxBytes: 1_000_000, maxRunning: 100 };

describe('createJobRunner', () => {
  it('does not start a keyed call whose browser already cancelled, and forgets the key', async () => {
    const journal = createMemoryJournal(limits);
    const runner = createJobRunner(journal, () => undefined);
    const browser = new AbortController();
    browser.abort();
    const call = vi.fn(async () => ({ paid: true }));

    const outcome = await runner.run(
      {
        owner: 'alice',
        key: 'job-1',
        provider: 'onemin',
        route: 'features',
        body: {},
        browserSignal: browser.signal,
      },
      call,
    );

    expect(call).not.toHaveBeenCalled();
    expect(outcome.ok).toBe(false);
    expect(await runner.status('alice', 'job-1')).toBeUndefined();
  });

  it('runs a keyed call to its end when the browser leaves after it started', async () => {
    const journal = createMemoryJournal(limits);
    const runner = createJobRunner(journal, () => undefined);
    const browser = new AbortController();
    const call = vi.fn(async () => {
      browser.abort();
      return { paid: true };
    });

    const outcome = await runner.run(
      {
        owner: 'alice',
        key: 'job-2',
        provider: 'onemin',
        route: 'features',
        body: {},
        browserSignal: browser.signal,
      },
      call,
    );

    expect(call).toHaveBeenCalledTimes(1);
    expect(outcome).toEqual({ ok: true, answer: { paid: true } });
  });
});
