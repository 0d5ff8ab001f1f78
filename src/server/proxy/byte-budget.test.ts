import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClientByteBudgets } from './byte-budget.ts';

const never = new AbortController().signal;
const WAIT = 60_000;

describe('createClientByteBudgets', () => {
  afterEach(() => vi.useRealTimers());

  it("holds at most a client's share for it, first come first served", async () => {
    const budgets = createClientByteBudgets(100, 1_000);
    const first = await budgets.acquire('a', 60, never, WAIT);
    const order: string[] = [];
    const second = budgets.acquire('a', 60, never, WAIT).then((release) => (order.push('second'), release));
    const third = budgets.acquire('a', 30, never, WAIT).then((release) => (order.push('third'), release));
    await Promise.resolve();
    expect(order).toEqual([]);
    first();
    first(); // Giving back twice gives back once.
    (await second)();
    (await third)();
    expect(order).toEqual(['second', 'third']);
  });

  it('lets a client that holds its whole share block only itself', async () => {
    vi.useFakeTimers();
    const budgets = createClientByteBudgets(100, 1_000);
    const slow = await budgets.acquire('slow', 100, never, WAIT);
    const own = budgets.acquire('slow', 10, never, WAIT);
    const other = await budgets.acquire('other', 100, never, WAIT);
    other();
    let ownGranted = false;
    void own.then(() => (ownGranted = true));
    await vi.advanceTimersByTimeAsync(WAIT - 1);
    expect(ownGranted).toBe(false);
    slow();
    await vi.advanceTimersByTimeAsync(0);
    expect(ownGranted).toBe(true);
  });

  it('holds at most the total across clients; the next client waits for room', async () => {
    const budgets = createClientByteBudgets(100, 150);
    const a = await budgets.acquire('a', 100, never, WAIT);
    let granted = false;
    const b = budgets.acquire('b', 100, never, WAIT).then((release) => ((granted = true), release));
    await Promise.resolve();
    expect(granted).toBe(false);
    a();
    (await b)();
    expect(granted).toBe(true);
  });

  it('refuses with 503 after waiting too long, or when the client goes away, naming whose body holds it', async () => {
    vi.useFakeTimers();
    const budgets = createClientByteBudgets(100, 100);
    await budgets.acquire('a', 100, never, WAIT);
    const own = budgets.acquire('a', 10, never, 1_000);
    const others = budgets.acquire('b', 10, never, 1_000);
    const checks = [
      expect(own).rejects.toMatchObject({ status: 503, message: expect.stringMatching(/Your earlier/) }),
      expect(others).rejects.toMatchObject({ status: 503, message: expect.stringMatching(/other large/) }),
    ];
    await vi.advanceTimersByTimeAsync(1_000);
    await Promise.all(checks);
    const gone = new AbortController();
    const leaving = budgets.acquire('b', 10, gone.signal, WAIT);
    gone.abort();
    await expect(leaving).rejects.toMatchObject({ status: 503 });
    await expect(budgets.acquire('c', 101, never, WAIT)).rejects.toMatchObject({ status: 503 });
  });

  it("gives a refused request's share back, so the client's next request is admitted", async () => {
    vi.useFakeTimers();
    const budgets = createClientByteBudgets(100, 100);
    const other = await budgets.acquire('other', 100, never, WAIT);
    const refused = budgets.acquire('a', 100, never, 1_000);
    const check = expect(refused).rejects.toMatchObject({ status: 503 });
    await vi.advanceTimersByTimeAsync(1_000);
    await check;
    other();
    (await budgets.acquire('a', 100, never, WAIT))();
  });
});
