import { z } from 'zod';

/**
 * The 1min.ai account as the studio follows it. 1min.ai reports only the account's running total
 * (`teamUser.usedCredit`) in each answer, so what a job cost is known for certain only when no
 * other job of the account was in flight while it ran. Pure functions over a plain record, so the
 * memory and Redis ledgers can apply them atomically.
 */

/** A 1min.ai job whose cost the account's total has not settled yet. */
const PendingJob = z.object({
  id: z.string(),
  user: z.string(),
  /** The UTC day its reservation was counted in. */
  day: z.string(),
  /** What its price is learned under (entry and quality), and the megapixels it asked (size × n). */
  priceKey: z.string(),
  megapixels: z.number().positive(),
  reserved: z.number().nonnegative(),
  /** The account's growth split to it so far (never more than its reservation). */
  attributed: z.number(),
  /** The account's total when it started; null when the studio did not know it (it then keeps its reservation). */
  since: z.number().nullable(),
  /** Another job was in flight at some moment of its life (or the account changed unseen). */
  overlapped: z.boolean(),
  startedAt: z.number(),
  /** When it ended without an answer: cancelled, timed out, or its connection lost. */
  endedAt: z.number().optional(),
});
type PendingJob = z.infer<typeof PendingJob>;

export const CreditBook = z.object({
  /** The account's total as last seen in an answer; null before the first. */
  total: z.number().nullable(),
  pending: z.array(PendingJob),
  /** Learned credits per megapixel, by price key. */
  learned: z.record(z.string(), z.number()),
});
export type CreditBook = z.infer<typeof CreditBook>;

export const EMPTY_BOOK: CreditBook = { total: null, pending: [], learned: {} };

/** A change to a user's spend: what the job now counts, less what its reservation counted. */
export type Charge = { user: string; day: string; delta: number };

/** Where a learned price may lie: never under the floor, never over the prior (the upper bound). */
export type PriceBounds = (priceKey: string) => { floor: number; prior: number };

export type NewJob = Pick<PendingJob, 'id' | 'user' | 'day' | 'priceKey' | 'megapixels' | 'reserved'>;

/** The job enters the book; whoever was in flight with it, it included, can no longer be certain. */
export function openJob(book: CreditBook, job: NewJob, now: number): CreditBook {
  const crowded = book.pending.length > 0;
  const entry: PendingJob = {
    ...job,
    attributed: 0,
    since: book.total,
    overlapped: crowded,
    startedAt: now,
  };
  const others = book.pending.map((p) => (crowded ? { ...p, overlapped: true } : p));
  return { ...book, pending: [...others, entry] };
}

/**
 * A job that ended without an answer. One the provider refused (nothing ran) leaves at once and
 * gives its reservation back; any other stays in the book until the next answer, keeping its
 * reservation unless that answer's total proves it cost less.
 */
export function endJob(
  book: CreditBook,
  id: string,
  refused: boolean,
  now: number,
): { book: CreditBook; charges: Charge[] } {
  const job = book.pending.find((p) => p.id === id);
  if (!job) return { book, charges: [] };
  if (!refused) {
    return {
      book: { ...book, pending: book.pending.map((p) => (p === job ? { ...p, endedAt: now } : p)) },
      charges: [],
    };
  }
  return {
    book: { ...book, pending: book.pending.filter((p) => p !== job) },
    charges: job.reserved === 0 ? [] : [{ user: job.user, day: job.day, delta: -job.reserved }],
  };
}

export type Answered = {
  book: CreditBook;
  charges: Charge[];
  /** What the answered job is charged in all; undefined for a job the book no longer holds. */
  cost: number | undefined;
  /** Growth no job in flight had room for: the account used elsewhere, or a prior set too low. */
  unattributed: number;
};

/**
 * The job's answer, with the account's total it reported (undefined when it reported none).
 * Alone in flight since the total was known: it cost what the total grew, and that teaches the
 * price. Otherwise the growth is split by reservations, each job taking no more than its
 * reservation: first across the answered job and those that ended unanswered (a cancelled or
 * timed-out job keeps its reservation unless the growth cannot cover it), then what is left
 * (jobs still running that were already billed) across the running ones. The answered job and
 * the unanswered ones leave the book with what they were given.
 */
export function answerJob(
  book: CreditBook,
  id: string,
  total: number | undefined,
  bounds: PriceBounds,
): Answered {
  const job = book.pending.find((p) => p.id === id);
  const others = book.pending.filter((p) => p !== job);
  const ended = others.filter((p) => p.endedAt !== undefined);
  const running = others.filter((p) => p.endedAt === undefined);
  const overlapped = (p: PendingJob): PendingJob => ({ ...p, overlapped: true });
  const kept = { charges: [], unattributed: 0 };
  if (!job) {
    // Dropped as stale: what it cost is somewhere in the total, so nobody in flight is certain.
    const moved = total === undefined ? book : { ...book, total };
    return { ...kept, book: { ...moved, pending: others.map(overlapped) }, cost: undefined };
  }
  if (total === undefined) {
    // No total in the answer: the job keeps its reservation; what it cost lands in a later total.
    return { ...kept, book: { ...book, pending: others.map(overlapped) }, cost: job.reserved };
  }
  if (book.total === null || total < book.total) {
    // None to compare with, or the account was reset: this job and those that ended unanswered
    // keep their reservations, and so will the running ones.
    const unknown = running.map((p) => ({ ...overlapped(p), since: null }));
    return { ...kept, book: { ...book, total, pending: unknown }, cost: job.reserved };
  }
  const grown = total - book.total;
  if (!job.overlapped && job.since === book.total) {
    const learned = learn(book.learned[job.priceKey], grown / job.megapixels, bounds(job.priceKey));
    const cost = Math.min(job.reserved, Math.round(grown));
    return {
      book: { total, pending: others, learned: { ...book.learned, [job.priceKey]: learned } },
      charges: charge(job, cost),
      cost,
      unattributed: Math.max(0, grown - cost),
    };
  }

  const leaving = [job, ...ended];
  const first = allocate(grown, leaving);
  const rest = allocate(first.left, running);
  const finalCost = (p: PendingJob, i: number) =>
    p.since === null ? p.reserved : Math.round(p.attributed + first.given[i]!);
  const cost = finalCost(job, 0);
  return {
    book: {
      ...book,
      total,
      pending: running.map((p, i) => ({ ...p, attributed: p.attributed + rest.given[i]! })),
    },
    charges: leaving.flatMap((p, i) => charge(p, finalCost(p, i))),
    cost,
    unattributed: rest.left,
  };
}

/** Drops jobs in flight for longer than any call may last (an instance that died, say); their reservations stand. */
export function pruneStale(book: CreditBook, now: number, staleMs: number): CreditBook {
  const fresh = book.pending.filter((p) => now - p.startedAt <= staleMs);
  return fresh.length === book.pending.length ? book : { ...book, pending: fresh };
}

/**
 * `amount` split across `jobs` by their reservations, each taking no more than its reservation
 * allows beyond what it already has; what one cannot take goes to the others. Answers each
 * job's part, and what none had room for.
 */
function allocate(amount: number, jobs: PendingJob[]): { given: number[]; left: number } {
  const given = jobs.map(() => 0);
  const room = (i: number) => jobs[i]!.reserved - jobs[i]!.attributed - given[i]!;
  let left = amount;
  let open = jobs.map((_, i) => i).filter((i) => room(i) > 0);
  while (left > 1e-9 && open.length > 0) {
    const weight = open.reduce((sum, i) => sum + jobs[i]!.reserved, 0);
    const portion = left;
    for (const i of open) {
      const part = Math.min(
        room(i),
        weight > 0 ? (portion * jobs[i]!.reserved) / weight : portion / open.length,
      );
      given[i]! += part;
      left -= part;
    }
    open = open.filter((i) => room(i) > 1e-9);
  }
  return { given, left: Math.max(0, left) };
}

function charge(job: PendingJob, cost: number): Charge[] {
  const delta = cost - job.reserved;
  return delta === 0 ? [] : [{ user: job.user, day: job.day, delta }];
}

/**
 * A new certain figure: taken at once when higher (reservations must stay upper bounds), moved a
 * quarter of the way when lower (one cheap answer does not undo what the others showed); always
 * between the floor and the prior.
 */
function learn(
  previous: number | undefined,
  observed: number,
  { floor, prior }: ReturnType<PriceBounds>,
): number {
  const next =
    previous === undefined || observed >= previous ? observed : previous + (observed - previous) / 4;
  return Math.min(prior, Math.max(floor, next));
}
