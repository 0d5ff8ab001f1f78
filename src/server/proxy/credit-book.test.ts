import { describe, expect, it } from 'vitest';
import {
  answerJob,
  EMPTY_BOOK,
  endJob,
  openJob,
  pruneStale,
  type CreditBook,
  type NewJob,
  type PriceBounds,
} from './credit-book.ts';

const bounds: PriceBounds = () => ({ floor: 500, prior: 100_000 });
const job = (id: string, reserved: number, megapixels = 1, user = id): NewJob => ({
  id,
  user,
  day: '2026-05-01',
  priceKey: 'gen:high',
  megapixels,
  reserved,
});
/** A book whose account total is known. */
const known = (total: number): CreditBook => ({ ...EMPTY_BOOK, total });

describe('the credit book', () => {
  it('keeps the reservation of the first answer (no total to compare with), then learns from a job alone', () => {
    let book = openJob(EMPTY_BOOK, job('a', 40_000), 0);
    const first = answerJob(book, 'a', 1_000_000, bounds);
    expect(first.cost).toBe(40_000);
    expect(first.charges).toEqual([]);
    expect(first.book).toEqual({ total: 1_000_000, pending: [], learned: {} });

    book = openJob(first.book, job('b', 40_000, 2), 1);
    const second = answerJob(book, 'b', 1_030_000, bounds);
    expect(second.cost).toBe(30_000);
    expect(second.charges).toEqual([{ user: 'b', day: '2026-05-01', delta: -10_000 }]);
    expect(second.book.learned).toEqual({ 'gen:high': 15_000 });
  });

  it('learns a higher price at once, a lower one a quarter of the way, never under the floor or over the prior', () => {
    let book: CreditBook = { ...known(0), learned: { 'gen:high': 10_000 } };
    const alone = (growth: number) => {
      const opened = openJob(book, job('x', 200_000), 0);
      const answered = answerJob(opened, 'x', (book.total ?? 0) + growth, bounds);
      book = answered.book;
      return book.learned['gen:high'];
    };
    expect(alone(12_000)).toBe(12_000);
    expect(alone(4_000)).toBe(10_000);
    // A provider that charged nothing (or billed earlier) teaches the floor, not 0.
    expect(alone(0)).toBe(7_500);
    book = { ...book, learned: {} };
    expect(alone(0)).toBe(500);
    expect(alone(150_000)).toBe(100_000);
  });

  it('splits an overlapping answer by reservations, learns nothing, and keeps the reservations of a cancelled and a timed-out job', () => {
    // Issue 18: a cancelled 30,000-credit job and a timed-out one were charged to nobody, and the
    // next user's 100-credit job was charged 60,100.
    let book = known(500_000);
    book = openJob(book, job('cancelled', 30_000), 0);
    book = openJob(book, job('timed-out', 30_000), 1);
    book = endJob(book, 'cancelled', false, 2).book;
    book = endJob(book, 'timed-out', false, 3).book;
    book = openJob(book, job('next', 100), 4);
    const answered = answerJob(book, 'next', 560_100, bounds);
    expect(answered.cost).toBe(100);
    // Each keeps its reservation (no change to its user's spend); nothing is learned; nothing stays in flight.
    expect(answered.charges).toEqual([]);
    expect(answered.book).toEqual({ total: 560_100, pending: [], learned: {} });
  });

  it('charges jobs that ended unanswered no more than the account grew while they were in flight', () => {
    // Cancelled before 1min.ai billed it: the total grew only by the next job's cost.
    let book = openJob(known(0), job('cancelled', 30_000), 0);
    book = endJob(book, 'cancelled', false, 1).book;
    book = openJob(book, job('next', 1_000), 2);
    const answered = answerJob(book, 'next', 1_000, bounds);
    const cancelled = answered.charges.find((c) => c.user === 'cancelled')!;
    const next = 30_000 + cancelled.delta + answered.cost!;
    expect(next).toBe(1_000);

    // Two unanswered with large (prior) reservations: scaled down together to what nobody answered for.
    book = known(0);
    book = openJob(book, job('carol', 157_286), 0);
    book = openJob(book, job('dave', 314_573), 1);
    book = endJob(book, 'carol', false, 2).book;
    book = endJob(book, 'dave', false, 3).book;
    book = openJob(book, job('erin', 10_486), 4);
    const split = answerJob(book, 'erin', 77_071, bounds);
    const charged = Object.fromEntries(
      split.charges.map((c) => [c.user, c.delta + { carol: 157_286, dave: 314_573, erin: 10_486 }[c.user]!]),
    );
    expect(split.cost).toBe(charged.erin);
    expect(charged.erin).toBeLessThan(2 * 1_573);
    expect(charged.carol! / charged.dave!).toBeCloseTo(0.5, 2);
    expect(charged.carol! + charged.dave! + charged.erin!).toBeCloseTo(77_071, -1);
  });

  it('gives a refused job its reservation back and leaves the others as they were', () => {
    let book = openJob(known(0), job('a', 5_000), 0);
    book = openJob(book, job('refused', 7_000), 1);
    const ended = endJob(book, 'refused', true, 2);
    expect(ended.charges).toEqual([{ user: 'refused', day: '2026-05-01', delta: -7_000 }]);
    expect(ended.book.pending.map((p) => p.id)).toEqual(['a']);
  });

  it('gives an answer’s growth first to the answered job, then what is left to the running ones', () => {
    // Billed as they end: each answer's growth is its own job's cost, whatever was reserved.
    let book = openJob(known(0), job('a', 10_000), 0);
    book = openJob(book, job('b', 10_000), 1);
    const a = answerJob(book, 'a', 6_000, bounds);
    const b = answerJob(a.book, 'b', 13_000, bounds);
    expect([a.cost, b.cost]).toEqual([6_000, 7_000]);
    expect(b.book.learned).toEqual({});

    // Billed as they start, with reservations as tight as learned prices make them: the first
    // answer holds both costs; the second job is given its part while still running.
    book = openJob(known(0), job('a', 6_000), 0);
    book = openJob(book, job('b', 7_000), 1);
    const first = answerJob(book, 'a', 13_000, bounds);
    expect(first.cost).toBe(6_000);
    expect(answerJob(first.book, 'b', 13_000, bounds).cost).toBe(7_000);

    // The same with loose (prior) reservations: the total is all counted, each within its reservation.
    book = openJob(known(0), job('a', 10_000), 0);
    book = openJob(book, job('b', 10_000), 1);
    const loose = answerJob(book, 'a', 13_000, bounds);
    const second = answerJob(loose.book, 'b', 13_000, bounds);
    expect(loose.cost! + second.cost!).toBe(13_000);
    expect(Math.max(loose.cost!, second.cost!)).toBeLessThanOrEqual(10_000);
  });

  it('never charges more than the reservation, and says what no job had room for', () => {
    let book = openJob(known(0), job('a', 1_000), 0);
    book = openJob(book, job('b', 1_000), 1);
    const answered = answerJob(book, 'a', 5_000, bounds);
    expect(answered.cost).toBe(1_000);
    expect(answered.book.pending[0]).toMatchObject({ id: 'b', attributed: 1_000 });
    expect(answered.unattributed).toBe(3_000);
  });

  it('keeps the reservation of an answer without a total, and of the first after an account reset', () => {
    let book = openJob(known(1_000), job('a', 5_000), 0);
    book = openJob(book, job('b', 5_000), 1);
    const noTotal = answerJob(book, 'a', undefined, bounds);
    expect(noTotal.cost).toBe(5_000);
    expect(noTotal.book.pending[0]).toMatchObject({ id: 'b', overlapped: true });
    book = openJob(noTotal.book, job('c', 5_000), 2);
    const reset = answerJob(book, 'b', 10, bounds);
    expect(reset.cost).toBe(5_000);
    expect(reset.book.total).toBe(10);
    // A job that started before the reset keeps its reservation too.
    expect(answerJob(reset.book, 'c', 20, bounds).cost).toBe(5_000);
  });

  it('forgets jobs in flight past the stale age, and an answer it no longer holds makes the rest uncertain', () => {
    let book = openJob(known(0), job('lost', 5_000), 0);
    book = openJob(book, job('fresh', 5_000), 900);
    book = pruneStale(book, 1_000, 500);
    expect(book.pending.map((p) => p.id)).toEqual(['fresh']);
    const late = answerJob(book, 'lost', 3_000, bounds);
    expect(late.cost).toBeUndefined();
    expect(late.book.total).toBe(3_000);
    expect(late.book.pending[0]).toMatchObject({ id: 'fresh', overlapped: true });
  });
});
