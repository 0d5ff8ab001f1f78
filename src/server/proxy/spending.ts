import { getEntry, type CatalogEntry, type ProviderId, type Quality } from '../../catalog/index.ts';
import { GPTIMAGEAPI_EDIT_ENTRY_ID } from '../../wire/gptimageapi/index.ts';
import { OneminFeatureAnswer } from '../../wire/onemin/index.ts';
import type { SessionAnswer } from '../../wire/session.ts';
import { describeError, type Log } from '../log.ts';
import type { CreditLedger } from '../state/contracts.ts';
import { ProxyError } from './errors.ts';

const DAY_MS = 86_400_000;
/** 1min.ai's account counter, as last seen in an answer: the next job's cost is how far it moved. */
const ONEMIN_COUNTER = 'onemin:usedCredit';

/** What a paid job is, as far as its price goes. */
export type JobShape = { provider: ProviderId; entry: CatalogEntry; quality: Quality; n: number };

/**
 * Credits per image before 1min.ai has shown its own price: the published gptimageapi.dev price
 * of the same model family. Each finished 1min.ai job replaces it with what the job really cost.
 */
const PRIOR_PER_IMAGE = getEntry(GPTIMAGEAPI_EDIT_ENTRY_ID)?.creditsPerImage ?? {
  low: 4,
  medium: 8,
  high: 16,
};

export type Spending = ReturnType<typeof createSpending>;

/**
 * Per-user daily credit budgets. A job's estimate is reserved before it is sent (so two jobs at
 * once cannot both slip under the budget), then replaced by what it actually cost: the
 * published price for gptimageapi.dev, the move of the account's `usedCredit` for 1min.ai.
 */
export function createSpending(options: {
  ledger: CreditLedger;
  /** The user's daily budget; undefined is no limit. */
  budgetOf: (user: string) => number | undefined;
  log: Log;
  now?: () => number;
}) {
  const { ledger, budgetOf, log, now = Date.now } = options;
  const today = () => {
    const start = Math.floor(now() / DAY_MS) * DAY_MS;
    return {
      day: new Date(start).toISOString().slice(0, 10),
      resetsAt: new Date(start + DAY_MS).toISOString(),
    };
  };

  const overBudget = (budget: number, spent: number, credits: number | undefined) => {
    const { resetsAt } = today();
    const cost = credits === undefined ? '' : ` This job would cost about ${credits}.`;
    const seconds = Math.max(1, Math.ceil((Date.parse(resetsAt) - now()) / 1000));
    return new ProxyError(
      'over_budget',
      429,
      `Your daily budget is ${budget} credits and you have spent ${round(spent)} today.${cost} It resets at ${resetsAt.slice(11, 16)} UTC; ask whoever runs the studio for a larger budget if you need one sooner.`,
      { 'Retry-After': String(seconds) },
    );
  };

  async function estimate(job: JobShape): Promise<number> {
    if (job.entry.creditsPerImage) return job.entry.creditsPerImage[job.quality] * job.n;
    const learned = await ledger.figure(learnedKey(job));
    return (learned ?? PRIOR_PER_IMAGE[job.quality]) * job.n;
  }

  return {
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

    /** Reserves the job's estimate; answers the refusal, or how to record what the job then cost. */
    async reserve(user: string, job: JobShape) {
      const { day } = today();
      const credits = await estimate(job);
      const budget = budgetOf(user);
      const reserved = await ledger.reserve(user, day, credits, budget);
      if (!reserved.ok) return { refused: overBudget(budget ?? 0, reserved.spent, credits) } as const;
      /** `answer` is the upstream's answer, or undefined when the job failed (nothing is charged then). */
      const settle = async (answer: unknown) => {
        try {
          const actual = answer === undefined ? 0 : await actualCost(job, answer, credits);
          if (actual !== credits) await ledger.add(user, day, actual - credits);
        } catch (error) {
          log(`could not record what a job cost: ${describeError(error)}`);
        }
      };
      return { settle } as const;
    },
  };

  async function actualCost(job: JobShape, answer: unknown, estimated: number): Promise<number> {
    if (job.provider !== 'onemin') return estimated;
    const used = OneminFeatureAnswer.safeParse(answer).data?.aiRecord.teamUser?.usedCredit;
    if (used === undefined) return estimated;
    const before = await ledger.exchange(ONEMIN_COUNTER, used);
    // Unknown before the first job, and meaningless if the account was reset or changed.
    if (before === undefined || used < before) return estimated;
    const cost = used - before;
    await ledger.exchange(learnedKey(job), cost / job.n);
    return cost;
  }
}

function learnedKey(job: JobShape): string {
  return `${job.entry.id}:${job.quality}:perImage`;
}

function round(credits: number): number {
  return Math.round(credits * 100) / 100;
}
