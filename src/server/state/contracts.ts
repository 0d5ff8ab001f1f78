import type { CreditBook } from '../proxy/credit-book.ts';
import type { JobJournal } from '../proxy/journal.ts';
import type { Admission } from '../proxy/rate-limit.ts';

/**
 * What the studio keeps between requests, behind small interfaces: in this process's memory
 * (one instance) or in Redis (several instances behind a load balancer, sharing every guarantee).
 * Every method may reject with the `unavailable` ProxyError when the shared store is out of reach.
 */
export type SharedState = {
  journal: JobJournal;
  /** Token buckets of `perMinute` tokens per client, kept apart by `scope`. */
  buckets(scope: string, perMinute: number): SharedBuckets;
  ledger: CreditLedger;
  sessions: SessionStore;
  close(): Promise<void>;
};

export type SharedBuckets = {
  /** Takes one of the client's tokens, if it has one. */
  take(client: string): Promise<Admission>;
  /** Whether `take` would succeed now, taking nothing. */
  peek(client: string): Promise<Admission>;
};

/** Credits spent per user per UTC day (`day` is `YYYY-MM-DD`), and the 1min.ai credit book. */
export type CreditLedger = {
  spent(user: string, day: string): Promise<number>;
  /** Adds `credits` unless that would take the day's spend over `limit`; answers the spend when refused. */
  reserve(
    user: string,
    day: string,
    credits: number,
    limit: number | undefined,
  ): Promise<{ ok: true } | { ok: false; spent: number }>;
  /** Adds `credits` (negative to give back) to the day's spend. */
  add(user: string, day: string, credits: number): Promise<void>;
  book(): Promise<CreditBook>;
  /**
   * Replaces the book with what `change` makes of it, atomically: should another instance change
   * it meanwhile, `change` runs again on the new book, so it must be pure. Answers its `result`.
   */
  updateBook<T>(change: (book: CreditBook) => { book: CreditBook; result: T }): Promise<T>;
};

/** Signed-in browsers: an opaque token (the cookie) to the user's name. */
export type SessionStore = {
  create(name: string): Promise<string>;
  find(token: string): Promise<string | undefined>;
  end(token: string): Promise<void>;
};
