import { afterEach, describe, expect, it, vi } from 'vitest';
import { createByteBudget } from './byte-budget.ts';

const never = new AbortController().signal;

describe('createByteBudget', () => {
  afterEach(() => vi.useRealTimers());

  it('holds at most its capacity, first come first served', async () => {
    const budget = createByteBudget(100, 60_000);
    const first = await budget.acquire(60, never);
    const order: string[] = [];
    const second = budget.acquire(60, never).then((release) => (order.push('second'), release));
    const third = budget.acquire(30, never).then((release) => (order.push('third'), release));
    await Promise.resolve();
    expect(order).toEqual([]);
    first();
    first(); // Giving back twice gives back once.
    (await second)();
    (await third)();
    expect(order).toEqual(['second', 'third']);
  });

  it('refuses with 503 after waiting too long, or when the client goes away, and never holds more than capacity', async () => {
    vi.useFakeTimers();
    const budget = createByteBudget(100, 1_000);
    await budget.acquire(100, never);
    const waiting = budget.acquire(10, never);
    const check = expect(waiting).rejects.toMatchObject({ code: 'unavailable', status: 503 });
    await vi.advanceTimersByTimeAsync(1_000);
    await check;
    const gone = new AbortController();
    const leaving = budget.acquire(10, gone.signal);
    gone.abort();
    await expect(leaving).rejects.toMatchObject({ status: 503 });
    await expect(budget.acquire(101, never)).rejects.toMatchObject({ status: 503 });
  });
});
