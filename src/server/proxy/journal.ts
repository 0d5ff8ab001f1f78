import type { ProviderId } from '../../catalog/index.ts';
import type { JobStatusAnswer } from '../../wire/proxy.ts';
import { ProxyError, type ApiError } from './errors.ts';

export type JobOutcome =
  | { ok: true; answer: unknown }
  /** `headers`: response headers that go with the error, such as `Retry-After`. */
  | { ok: false; error: ApiError; headers?: Record<string, string> };

export type JobEntry = {
  id: string;
  provider: ProviderId;
  /** Which request the id was first used for, so a reused id with another body is refused. */
  fingerprint: string;
  outcome: JobOutcome | undefined;
};

/**
 * The record of paid requests sent with an `Idempotency-Key`. Asynchronous so a shared store
 * (Redis or similar) can stand in for the in-memory one when several instances serve the studio.
 */
export interface JobJournal {
  /** Records a new running job, or answers the entry already recorded under that id; refuses past `maxRunning`. */
  claim(
    id: string,
    provider: ProviderId,
    fingerprint: string,
  ): Promise<{ claimed: true } | { claimed: false; entry: JobEntry }>;
  /** Records how a running job ended. */
  settle(id: string, outcome: JobOutcome): Promise<void>;
  /** Ends a claimed job that never started: whoever joined it gets `outcome`, and the id is forgotten. */
  release(id: string, outcome: JobOutcome): Promise<void>;
  get(id: string): Promise<JobEntry | undefined>;
  /** Resolves once the job has ended; undefined when the id is unknown or already forgotten. */
  outcome(id: string): Promise<JobOutcome | undefined>;
  /** Asks whichever instance runs the job to abort it; false when surely none does. */
  requestCancel(id: string): Promise<boolean>;
  /** Calls `listener` with the id of every job whose cancel was asked for, here or elsewhere; it answers whether it aborted one. */
  onCancelRequest(listener: (id: string) => boolean): void;
}

export type JournalLimits = {
  /** How long a finished job is kept. */
  ttlMs: number;
  /** Answers (jobs that succeeded, paid for) kept at most; the oldest go first. */
  maxCount: number;
  /**
   * Failed jobs kept at most, the oldest going first: a bound of their own, so that however
   * many requests fail, no one's paid, uncollected answer is evicted for them.
   */
  maxFailures: number;
  /** Total size of the kept answers (as JSON) at most. */
  maxBytes: number;
  /** Jobs running at once at most: each holds an upstream call and a waiting browser. */
  maxRunning: number;
};

export const tooManyRunning = (maxRunning: number) =>
  new ProxyError(
    'unavailable',
    503,
    `The studio is already running ${maxRunning} jobs, its limit. Wait for some to finish, then try again.`,
    { 'Retry-After': '30' },
  );

/** What joiners of a claim that was undone are told (see the Redis journal's `abandon`): nothing was sent. */
export function abandonedOutcome(): JobOutcome {
  const error = new ProxyError(
    'unavailable',
    503,
    "The studio's shared state (Redis) stalled while this job was starting, so it was not sent. Try again.",
    { 'Retry-After': '5' },
  );
  return { ok: false, error: error.toApiError(), headers: error.headers };
}

type MemoryEntry = JobEntry & {
  finishedAt?: number;
  bytes: number;
  done: Promise<JobOutcome>;
  resolve: (o: JobOutcome) => void;
};

/** The journal in this process's memory, bounded in count, bytes and age. Running jobs are never evicted. */
export function createMemoryJournal(limits: JournalLimits, now: () => number = Date.now): JobJournal {
  const entries = new Map<string, MemoryEntry>();
  const cancelListeners: ((id: string) => boolean)[] = [];
  let bytes = 0;

  const forget = (entry: MemoryEntry) => {
    entries.delete(entry.id);
    bytes -= entry.bytes;
  };

  const finishedCount = () => [...entries.values()].filter((e) => e.finishedAt !== undefined).length;

  const prune = () => {
    const finished = [...entries.values()].filter((e) => e.finishedAt !== undefined);
    const kept = { answers: finished.filter((e) => e.outcome?.ok).length, failures: 0 };
    kept.failures = finished.length - kept.answers;
    for (const entry of finished) {
      const expired = now() - (entry.finishedAt ?? 0) > limits.ttlMs;
      const kind = entry.outcome?.ok ? 'answers' : 'failures';
      const over =
        kind === 'answers'
          ? kept.answers > limits.maxCount || bytes > limits.maxBytes
          : kept.failures > limits.maxFailures;
      if (!expired && !over) continue;
      forget(entry);
      kept[kind] -= 1;
    }
  };

  return {
    async claim(id, provider, fingerprint) {
      prune();
      const existing = entries.get(id);
      if (existing) return { claimed: false, entry: publicEntry(existing) };
      if (entries.size - finishedCount() >= limits.maxRunning) throw tooManyRunning(limits.maxRunning);
      let resolve: (o: JobOutcome) => void = () => undefined;
      const done = new Promise<JobOutcome>((r) => (resolve = r));
      entries.set(id, { id, provider, fingerprint, outcome: undefined, bytes: 0, done, resolve });
      return { claimed: true };
    },
    async settle(id, outcome) {
      const entry = entries.get(id);
      if (!entry || entry.outcome) return;
      entry.outcome = outcome;
      entry.finishedAt = now();
      // Only answers count against the bytes: a failure is a short sentence.
      entry.bytes = outcome.ok ? JSON.stringify(outcome).length : 0;
      bytes += entry.bytes;
      entry.resolve(outcome);
      // A settled entry moves to the end, so eviction goes by finishing time.
      entries.delete(id);
      entries.set(id, entry);
      prune();
    },
    async release(id, outcome) {
      const entry = entries.get(id);
      if (!entry || entry.outcome) return;
      entries.delete(id);
      entry.resolve(outcome);
    },
    async get(id) {
      prune();
      const entry = entries.get(id);
      return entry ? publicEntry(entry) : undefined;
    },
    async outcome(id) {
      return entries.get(id)?.done;
    },
    async requestCancel(id) {
      return cancelListeners.map((listener) => listener(id)).includes(true);
    },
    onCancelRequest(listener) {
      cancelListeners.push(listener);
    },
  };
}

function publicEntry(entry: MemoryEntry): JobEntry {
  return { id: entry.id, provider: entry.provider, fingerprint: entry.fingerprint, outcome: entry.outcome };
}

/** A journal entry as `GET /api/jobs/:id` answers it. */
export function jobStatus(entry: JobEntry): JobStatusAnswer {
  const base = { id: entry.id, provider: entry.provider };
  if (!entry.outcome) return { ...base, state: 'running' };
  return entry.outcome.ok
    ? { ...base, state: 'done', answer: entry.outcome.answer }
    : { ...base, state: 'failed', error: entry.outcome.error };
}
