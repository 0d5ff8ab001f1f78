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
  /** Attempts counted per key with delays that grow (see `AttemptGate`), kept apart by `scope`. */
  gate(scope: string, policy: BackoffPolicy): AttemptGate;
  ledger: CreditLedger;
  sessions: SessionStore;
  close(): Promise<void>;
};

/** Delays that grow with the attempts on record: `baseMs`, doubling, up to `maxMs`. */
export type BackoffPolicy = {
  baseMs: number;
  maxMs: number;
  /** A key's attempts are forgotten this long after its last one. */
  forgetMs: number;
};

/** A key whose attempts are counted, and after how many its delays begin. */
export type GateRule = {
  key: string;
  free: number;
  /** The rule holds only while the first rule's key has attempts on record. */
  onlyAfterFirst?: boolean;
};

/** Attempts that have not (yet) proved right, such as sign-ins, per key. */
export type AttemptGate = {
  /**
   * Counts one attempt against every rule's key, unless a rule asks to wait first (the delay
   * for its count, from its last attempt, has not passed): then counts nothing and says how long.
   */
  attempt(rules: GateRule[]): Promise<Admission>;
  /** Takes one attempt back from each of `keys` (it proved right), and forgets `clear` altogether. */
  forgive(keys: string[], clear: string[]): Promise<void>;
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

/**
 * A signed-in browser's user, and the credential it signed in with (a fingerprint of the
 * password's hash): once the password changes, the session no longer matches it.
 */
export type SessionRecord = { name: string; credential: string };

/** Signed-in browsers: an opaque token (the cookie) to its session. */
export type SessionStore = {
  create(session: SessionRecord): Promise<string>;
  find(token: string): Promise<SessionRecord | undefined>;
  end(token: string): Promise<void>;
};
