import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getEntry, parsePixelSize, type Quality } from '../../catalog/index.ts';
import { jobCredits } from '../simulator/onemin/ai-record.ts';
import type { CreditLedger } from '../state/contracts.ts';
import { createMemoryState } from '../state/memory-state.ts';
import { connectRedis } from '../state/redis-client.ts';
import { redisLedger } from '../state/redis-ledger.ts';
import { startRedisProcess, type RedisProcess } from '../state/redis-process.ts';
import { createSpending, type JobShape } from './spending.ts';

const PRIOR = { low: 10_000, medium: 40_000, high: 150_000 };
const DAY = Date.parse('2026-05-01T09:00:00Z');
const generate = getEntry('onemin:gpt-image-2:generate')!;
const api = getEntry('gptimageapi:gpt-image-2:edit')!;

const memoryLedger = () =>
  createMemoryState({ ttlMs: 1, maxCount: 1, maxFailures: 1, maxBytes: 1, maxRunning: 1, sessionTtlMs: 1 })
    .ledger;

/**
 * Spending with a still clock on `ledgers` (one spending per ledger, as one per studio instance,
 * taking jobs in turn), and a fake 1min.ai account that bills like the simulator.
 */
function setup(budgets: Record<string, number> = {}, ledgers: CreditLedger[] = [memoryLedger()]) {
  const instances = ledgers.map((ledger) =>
    createSpending({
      ledger,
      budgetOf: (user) => budgets[user],
      prior: PRIOR,
      staleMs: 600_000,
      log: () => undefined,
      now: () => DAY,
    }),
  );
  const spending = instances[0]!;
  let turn = 0;
  const account = { total: 42_000 };
  const shape = (size: string, quality: Quality, n = 1): JobShape => ({
    provider: 'onemin',
    entry: generate,
    quality,
    n,
    size,
  });
  const cost = (job: JobShape) => jobCredits(job.quality, parsePixelSize(job.size)!, job.n);
  /** Reserves; answers how to finish the job: billed at its end, its answer carrying the total. */
  const start = async (user: string, job: JobShape) => {
    const reservation = await instances[(turn += 1) % instances.length]!.reserve(user, job);
    if ('refused' in reservation) return undefined;
    return {
      answer: () => {
        account.total += cost(job);
        return reservation.settle({ answered: true, accountTotal: account.total });
      },
      /** Cancelled or timed out; `billed` when 1min.ai charged for it anyway. */
      abandon: (billed: boolean) => {
        if (billed) account.total += cost(job);
        return reservation.settle({ answered: false, refused: false });
      },
    };
  };
  const spent = async (user: string) => (await spending.summary(user)).today;
  return { spending, account, shape, cost, start, spent };
}

let redis: RedisProcess;
const connections: Redis[] = [];
beforeAll(async () => {
  redis = await startRedisProcess();
});
afterEach(() => {
  for (const connection of connections.splice(0)) connection.disconnect();
});
afterAll(() => redis.stop());

/** Two studio instances on one Redis, emptied first. */
async function twoRedisLedgers(): Promise<CreditLedger[]> {
  const opened = await Promise.all([
    connectRedis(redis.url, () => undefined),
    connectRedis(redis.url, () => undefined),
  ]);
  connections.push(...opened);
  await opened[0].flushdb();
  return opened.map(redisLedger);
}

describe.each([
  ['memory', async () => [memoryLedger()]],
  ['Redis, two instances', twoRedisLedgers],
] as const)('1min.ai budgets under concurrency (%s)', (_name, ledgers: () => Promise<CreditLedger[]>) => {
  it('on a fresh studio reserves an upper bound that grows with pixels, n and quality', async () => {
    const { spending, shape, cost } = setup({ ana: 40_000, big: 4_000_000 }, await ledgers());
    const job = shape('2048x2048', 'high', 4);
    const reservation = Math.ceil(PRIOR.high * 4.194304 * 4);
    expect(reservation).toBeGreaterThan(cost(job));

    // Issue 18: 20 at once by a user with a 40,000-credit budget spent 8,053,076 credits.
    const ana = await Promise.all(Array.from({ length: 20 }, () => spending.reserve('ana', job)));
    expect(ana.filter((r) => !('refused' in r))).toHaveLength(0);
    expect((ana[0] as { refused: Error }).refused.message).toContain(
      `This job would cost up to ${reservation.toLocaleString('en-US')} credits.`,
    );
    const big = await Promise.all(Array.from({ length: 20 }, () => spending.reserve('big', job)));
    const admitted = big.filter((r) => !('refused' in r)).length;
    expect(admitted).toBe(Math.floor(4_000_000 / reservation));
    expect(admitted * cost(job)).toBeLessThanOrEqual(4_000_000);
  });

  it('after learning the price at 1024x640, reserves 3840x2160 by its pixels: 30 at once stay within the budget', async () => {
    const { spending, start, shape, cost, spent } = setup({ bo: 40_000 }, await ledgers());
    const small = shape('1024x640', 'low');
    await (await start('bo', small))!.answer();
    expect(await (await start('bo', small))!.answer()).toBe(cost(small));
    const learned = (await spending.prices())[generate.id]!.low;
    expect(learned).toEqual({ perMegapixel: expect.closeTo(1_500, 0), learned: true });

    const large = shape('3840x2160', 'low');
    const jobs = await Promise.all(Array.from({ length: 30 }, () => start('bo', large)));
    const admitted = jobs.filter((job) => job !== undefined);
    expect(admitted.length).toBeGreaterThan(0);
    for (const job of admitted) await job.answer();
    const accountSpent = 2 * cost(small) + admitted.length * cost(large);
    expect(accountSpent).toBeLessThanOrEqual(40_000);
    // Every credit counted: the first job at its (larger) reservation, the rest at their cost.
    expect(await spent('bo')).toBeGreaterThanOrEqual(accountSpent);
    expect(await spent('bo')).toBeLessThanOrEqual(40_000);
  });

  it('splits overlapping answers across the jobs in flight, and every user stays within budget', async () => {
    const budgets = { u0: 300_000, u1: 300_000, u2: 300_000 };
    const { start, shape, cost, spent } = setup(budgets, await ledgers());
    await (await start('u0', shape('1024x1024', 'low')))!.answer();
    const sizes = ['1024x1024', '2048x1024', '1536x1024', '3840x2160'];
    const spentByUser = { u0: cost(shape('1024x1024', 'low')), u1: 0, u2: 0 };
    for (let round = 0; round < 4; round += 1) {
      const started = await Promise.all(
        Array.from({ length: 9 }, async (_, i) => {
          const user = `u${i % 3}` as keyof typeof budgets;
          const job = shape(sizes[(i + round) % sizes.length]!, i % 2 ? 'medium' : 'low');
          const running = await start(user, job);
          return running && { running, user, cost: cost(job) };
        }),
      );
      // Answers in the reverse order they started.
      for (const job of started.reverse()) {
        if (!job) continue;
        await job.running.answer();
        spentByUser[job.user] += job.cost;
      }
      for (const user of Object.keys(budgets) as (keyof typeof budgets)[]) {
        expect(await spent(user)).toBeLessThanOrEqual(budgets[user]);
        expect(spentByUser[user]).toBeLessThanOrEqual(budgets[user]);
      }
    }
  });
});

describe('1min.ai spending', () => {
  it('keeps a cancelled job’s reservation unless the account total proves it cost less', async () => {
    const { start, shape, cost, spent } = setup();
    await (await start('ops', shape('1024x1024', 'low')))!.answer();
    const cancelled = shape('1024x1024', 'high');
    await (await start('carol', cancelled))!.abandon(true);
    expect(await spent('carol')).toBe(Math.ceil(PRIOR.high * 1.048576));
    const next = shape('1024x1024', 'low');
    await (await start('erin', next))!.answer();
    // The total grew by both jobs: carol keeps her share of it, erin pays about her own cost.
    expect(await spent('erin')).toBeLessThan(2 * cost(next));
    expect((await spent('carol')) + (await spent('erin'))).toBeGreaterThanOrEqual(
      cost(cancelled) + cost(next),
    );

    // Cancelled before 1min.ai billed it: the next total proves it cost (almost) nothing.
    await (await start('dave', cancelled))!.abandon(false);
    await (await start('erin', next))!.answer();
    expect(await spent('dave')).toBeLessThanOrEqual(cost(next));
  });

  it('learns no price of 0 from a provider that bills as it starts: overlapping answers teach nothing', async () => {
    const { spending, account, shape, cost } = setup();
    const job = shape('1024x1024', 'low');
    await (await start0()).answer();
    async function start0() {
      const reservation = await spending.reserve('ops', job);
      if ('refused' in reservation) throw new Error('refused');
      return { answer: () => reservation.settle({ answered: true, accountTotal: account.total }) };
    }
    // Both billed as they start; the first answer's total holds both, the second's grew by nothing.
    const [a, b] = [await start0(), await start0()];
    account.total += 2 * cost(job);
    await a.answer();
    await b.answer();
    expect((await spending.prices())[generate.id]!.low).toEqual({ perMegapixel: PRIOR.low, learned: false });
  });

  it('gives back the reservation of a refused job, and prices gptimageapi.dev at its published price', async () => {
    const { spending, spent } = setup();
    const refused = await spending.reserve('fay', {
      provider: 'onemin',
      entry: generate,
      quality: 'low',
      n: 1,
      size: '1024x1024',
    });
    if ('refused' in refused) throw new Error('refused');
    await refused.settle({ answered: false, refused: true });
    expect(await spent('fay')).toBe(0);

    const edit = await spending.reserve('fay', {
      provider: 'gptimageapi',
      entry: api,
      quality: 'high',
      n: 2,
      size: '1:1',
    });
    if ('refused' in edit) throw new Error('refused');
    expect(await edit.settle({ answered: true })).toBe(32);
    expect(await spent('fay')).toBe(32);
  });

  it('offers only per-megapixel prices: the prior for every 1min.ai entry and quality', async () => {
    const prices = await setup().spending.prices();
    expect(Object.keys(prices).sort()).toEqual([
      'onemin:gpt-image-1-mini:edit',
      'onemin:gpt-image-2:edit',
      'onemin:gpt-image-2:generate',
      'onemin:gpt-image-2:inpaint',
    ]);
    expect(prices[generate.id]).toEqual({
      low: { perMegapixel: 10_000, learned: false },
      medium: { perMegapixel: 40_000, learned: false },
      high: { perMegapixel: 150_000, learned: false },
    });
  });
});
