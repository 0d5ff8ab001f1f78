import { createHash, randomBytes } from 'node:crypto';
import { EMPTY_BOOK, type CreditBook } from '../proxy/credit-book.ts';
import { createMemoryJournal, type JournalLimits } from '../proxy/journal.ts';
import { createTokenBuckets } from '../proxy/rate-limit.ts';
import { createMemoryGate } from './backoff.ts';
import type {
  AttemptGate,
  CreditLedger,
  SessionRecord,
  SessionStore,
  SharedBuckets,
  SharedState,
} from './contracts.ts';

/** Sessions remembered at most; the oldest go first, so memory stays bounded. */
const MAX_SESSIONS = 10_000;

/** The studio's state in this process: the default, for one instance. */
export function createMemoryState(
  limits: JournalLimits & { sessionTtlMs: number },
  now: () => number = Date.now,
): SharedState {
  const scopes = new Map<string, SharedBuckets>();
  const gates = new Map<string, AttemptGate>();
  return {
    journal: createMemoryJournal(limits, now),
    buckets(scope, perMinute) {
      const id = `${scope}:${perMinute}`;
      let found = scopes.get(id);
      if (!found) {
        const buckets = createTokenBuckets(perMinute, { now });
        found = {
          take: async (client) => buckets.take(client),
          peek: async (client) => buckets.peek(client),
        };
        scopes.set(id, found);
      }
      return found;
    },
    gate(scope, policy) {
      let found = gates.get(scope);
      if (!found) gates.set(scope, (found = createMemoryGate(policy, now)));
      return found;
    },
    ledger: createMemoryLedger(),
    sessions: createMemorySessions(limits.sessionTtlMs, now),
    close: async () => undefined,
  };
}

function createMemoryLedger(): CreditLedger {
  const spend = new Map<string, number>();
  let book: CreditBook = EMPTY_BOOK;
  let latestDay = '';
  const add = (user: string, day: string, credits: number) => {
    // Only the latest day and the one before matter (a job may end after midnight): older go.
    if (day > latestDay) {
      latestDay = day;
      const keepFrom = dayBefore(day);
      for (const key of spend.keys()) if (key.slice(key.lastIndexOf('\n') + 1) < keepFrom) spend.delete(key);
    }
    const key = `${user}\n${day}`;
    spend.set(key, Math.max(0, (spend.get(key) ?? 0) + credits));
  };
  return {
    spent: async (user, day) => spend.get(`${user}\n${day}`) ?? 0,
    async reserve(user, day, credits, limit) {
      const spent = spend.get(`${user}\n${day}`) ?? 0;
      if (limit !== undefined && spent + credits > limit) return { ok: false, spent };
      add(user, day, credits);
      return { ok: true };
    },
    add: async (user, day, credits) => add(user, day, credits),
    book: async () => book,
    async updateBook(change) {
      // One synchronous step: nothing else runs between reading the book and replacing it.
      const changed = change(book);
      book = changed.book;
      return changed.result;
    },
  };
}

function dayBefore(day: string): string {
  return new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10);
}

function createMemorySessions(ttlMs: number, now: () => number): SessionStore {
  const sessions = new Map<string, SessionRecord & { expiresAt: number }>();
  return {
    async create(session) {
      const token = newSessionToken();
      sessions.set(tokenId(token), { ...session, expiresAt: now() + ttlMs });
      if (sessions.size > MAX_SESSIONS) sessions.delete(sessions.keys().next().value as string);
      return token;
    },
    async find(token) {
      const id = tokenId(token);
      const session = sessions.get(id);
      if (session && session.expiresAt <= now()) sessions.delete(id);
      return session && session.expiresAt > now()
        ? { name: session.name, credential: session.credential }
        : undefined;
    },
    async end(token) {
      sessions.delete(tokenId(token));
    },
  };
}

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Stores keep a token's hash, so a copy of the store signs no one in. */
export function tokenId(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
