import { randomUUID } from 'node:crypto';
import {
  CATALOG,
  estimateCredits,
  estimateText,
  megapixels,
  parsePixelSize,
  type CatalogEntry,
  type CreditEstimate,
  type MegapixelPrices,
  type ProviderId,
} from '../../catalog/index.ts';
import { Quality } from '../../catalog/schema.ts';
import type { SessionAnswer } from '../../wire/session.ts';
import { describeError, type Log } from '../log.ts';
import type { CreditLedger } from '../state/contracts.ts';
import { answerJob, endJob, openJob, pruneStale, type CreditBook, type PriceBounds } from './credit-book.ts';
import { ProxyError } from './errors.ts';

const DAY_MS = 86_400_000;
/** A learned 1min.ai price never falls under this share of the prior: no answer can teach a price of 0. */
const FLOOR_SHARE_OF_PRIOR = 1 / 20;

/** What a paid job is, as far as its price goes. */
export type JobShape = {
  provider: ProviderId;
  entry: CatalogEntry;
  quality: Quality;
  n: number;
  /** As sent: `WxH` for 1min.ai (its price grows with the pixels), an aspect ratio for gptimageapi.dev. */
  size: string;
};

/** How a paid call ended, as far as its price goes. */
export type JobEnd =
  | { answered: true; /** The 1min.ai account's total the answer reported. */ accountTotal?: number }
  /** `refused`: the provider ran nothing (it refused the request, or it was never sent). */
  | { answered: false; refused: boolean };

/** Upstream refusals: the provider ran nothing. */
const NOT_RUN_UPSTREAM = new Set<ProxyError['code']>([
  'bad_request',
  'key_refused',
  'out_of_credits',
  'rate_limited',
  'payload_too_large',
  'unsupported_media',
]);

/** How a call that failed with `error` ended: refused (its reservation is given back) or unanswered. */
export function unanswered(error: unknown): JobEnd {
  return { answered: false, refused: error instanceof ProxyError && NOT_RUN_UPSTREAM.has(error.code) };
}

export type Spending = ReturnType<typeof createSpending>;

/**
 * Per-user daily credit budgets. A job's estimate is reserved before it is sent, atomically
 * against the budget (so jobs at once cannot together slip past it), and is an upper bound of
 * its cost: gptimageapi.dev's published price, or 1min.ai's price per megapixel asked (learned
 * from the account's charges, else the prior). What the job then cost replaces the reservation
 * (see `credit-book.ts` for how 1min.ai's account total is attributed to jobs).
 */
export function createSpending(options: {
  ledger: CreditLedger;
  /** The user's daily budget; undefined is no limit. */
  budgetOf: (user: string) => number | undefined;
  /** 1min.ai's credits per megapixel before any charge is seen: an upper bound, by quality. */
  prior: Record<Quality, number>;
  /** How long a 1min.ai job may be in flight before the credit book forgets it. */
  staleMs: number;
  log: Log;
  now?: () => number;
}) {
  const { ledger, budgetOf, prior, staleMs, log, now = Date.now } = options;
  const today = () => {
    const start = Math.floor(now() / DAY_MS) * DAY_MS;
    return {
      day: new Date(start).toISOString().slice(0, 10),
      resetsAt: new Date(start + DAY_MS).toISOString(),
    };
  };

  const bounds: PriceBounds = (priceKey) => {
    const quality = Quality.parse(priceKey.slice(priceKey.lastIndexOf(':') + 1));
    return { floor: prior[quality] * FLOOR_SHARE_OF_PRIOR, prior: prior[quality] };
  };

  const pricesOf = (book: CreditBook): MegapixelPrices =>
    Object.fromEntries(
      CATALOG.filter((entry) => entry.provider === 'onemin').map((entry) => [
        entry.id,
        Object.fromEntries(
          Quality.options.map((quality) => {
            const learned = book.learned[priceKey(entry, quality)];
            return [
              quality,
              learned === undefined
                ? { perMegapixel: prior[quality], learned: false }
                : { perMegapixel: learned, learned: true },
            ];
          }),
        ) as MegapixelPrices[string],
      ]),
    );

  const overBudget = (budget: number, spent: number, estimate: CreditEstimate | undefined) => {
    const { resetsAt } = today();
    const cost = estimate === undefined ? '' : ` This job would cost ${estimateText(estimate)}.`;
    const seconds = Math.max(1, Math.ceil((Date.parse(resetsAt) - now()) / 1000));
    return new ProxyError(
      'over_budget',
      429,
      `Your daily budget is ${budget} credits and you have spent ${round(spent)} today.${cost} It resets at ${resetsAt.slice(11, 16)} UTC; ask whoever runs the studio for a larger budget if you need one sooner.`,
      { 'Retry-After': String(seconds) },
    );
  };

  return {
    /** The prices 1min.ai jobs are reserved at now: what the browser's estimates use. */
    prices: async () => pricesOf(await ledger.book()),

    async summary(user: string): Promise<SessionAnswer['spend']> {
      const { day, resetsAt } = today();
      return { today: round(await ledger.spent(user, day)), budget: budgetOf(user) ?? null, resetsAt };
    },

    /** Refuses a user whose budget is already spent, before the request's body is even read. */
    async precheck(user: string): Promise<ProxyError | undefined> {
      const budget = budgetOf(user);
      if (budget === undefined) return undefined;
      const spent = await ledger.spent(user, today().day);
      return spent >= budget ? overBudget(budget, spent, undefined) : undefined;
    },

    /**
     * Reserves the job's estimate; answers the refusal, or how to record how the job ended,
     * which answers what the job is charged in all (undefined where that is not known).
     */
    async reserve(user: string, job: JobShape) {
      const { day } = today();
      const onemin = job.provider === 'onemin';
      const estimate = estimateCredits(job.entry, job, onemin ? pricesOf(await ledger.book()) : undefined);
      const size = onemin ? parsePixelSize(job.size) : null;
      if (!estimate || (onemin && !size)) throw new Error(`no price for ${job.entry.id} at ${job.size}`);
      const credits = estimate.credits;
      const budget = budgetOf(user);
      const reserved = await ledger.reserve(user, day, credits, budget);
      if (!reserved.ok) return { refused: overBudget(budget ?? 0, reserved.spent, estimate) } as const;

      if (!size) {
        // gptimageapi.dev: its published price is what the job costs, unless it failed.
        const settle = async (end: JobEnd) => {
          if (end.answered) return credits;
          await record(() => ledger.add(user, day, -credits));
          return undefined;
        };
        return { settle } as const;
      }

      const id = randomUUID();
      const opened = { id, user, day, priceKey: priceKey(job.entry, job.quality), reserved: credits };
      try {
        await ledger.updateBook((book) => ({
          book: openJob(
            pruneStale(book, now(), staleMs),
            { ...opened, megapixels: megapixels(size) * job.n },
            now(),
          ),
          result: undefined,
        }));
      } catch (error) {
        await record(() => ledger.add(user, day, -credits));
        throw error;
      }
      const settle = async (end: JobEnd) =>
        record(async () => {
          const settled = await ledger.updateBook((book) => {
            const result = end.answered
              ? answerJob(book, id, end.accountTotal, bounds)
              : { ...endJob(book, id, end.refused, now()), cost: undefined, unattributed: 0 };
            return { book: result.book, result };
          });
          for (const charge of settled.charges) await ledger.add(charge.user, charge.day, charge.delta);
          if (settled.unattributed >= 1) {
            log(
              `1min.ai's account grew ${Math.round(settled.unattributed)} credits more than its jobs in flight reserved (the account used elsewhere, or ONEMIN_PRIOR_CREDITS_PER_MP too low); nobody is charged for them.`,
            );
          }
          return settled.cost;
        });
      return { settle } as const;
    },
  };

  /** Recording what a job cost must not fail the job: a failure is logged, the reservation stands. */
  async function record<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (error) {
      log(`could not record what a job cost: ${describeError(error)}`);
      return undefined;
    }
  }
}

function priceKey(entry: CatalogEntry, quality: Quality): string {
  return `${entry.id}:${quality}`;
}

function round(credits: number): number {
  return Math.round(credits * 100) / 100;
}
