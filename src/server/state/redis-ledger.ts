import type { Redis } from 'ioredis';
import { CreditBook, EMPTY_BOOK } from '../proxy/credit-book.ts';
import type { CreditLedger } from './contracts.ts';
import { guarded, KEY_PREFIX, redisUnavailable } from './redis-client.ts';

/** Spend is kept a little past its day, for jobs that end after midnight. */
const SPEND_TTL_S = 2 * 86_400;
/** Tries at changing the credit book before giving up, should other instances keep changing it. */
const BOOK_ATTEMPTS = 50;

/** Adds the credits unless that takes the day's spend past the limit; answers the spend when refused. */
const RESERVE = `
local spent = tonumber(redis.call('GET', KEYS[1]) or '0')
if ARGV[2] ~= '' and spent + tonumber(ARGV[1]) > tonumber(ARGV[2]) then return tostring(spent) end
redis.call('INCRBYFLOAT', KEYS[1], ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[3])
return false`;

/** Replaces the book only if it is still the text it was read as: 1 when it did. */
const SWAP_BOOK = `
if (redis.call('GET', KEYS[1]) or '') ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2])
return 1`;

/** Credits spent per user and day, and the credit book, shared by every instance on this Redis. */
export function redisLedger(redis: Redis): CreditLedger {
  const spendKey = (user: string, day: string) => `${KEY_PREFIX}spend:${day}:${user}`;
  const bookKey = `${KEY_PREFIX}credit-book`;
  const readBook = async () => {
    const text = (await guarded(redis.get(bookKey))) ?? '';
    return { text, book: parseBook(text) };
  };
  // This instance changes the book one step at a time; the swap only ever races other instances.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    spent: async (user, day) => Number((await guarded(redis.get(spendKey(user, day)))) ?? 0),
    async reserve(user, day, credits, limit) {
      const refused = await guarded(
        redis.eval(RESERVE, 1, spendKey(user, day), credits, limit === undefined ? '' : limit, SPEND_TTL_S),
      );
      return refused === null ? { ok: true } : { ok: false, spent: Number(refused) };
    },
    async add(user, day, credits) {
      const key = spendKey(user, day);
      await guarded(redis.multi().incrbyfloat(key, credits).expire(key, SPEND_TTL_S).exec());
    },
    book: async () => (await readBook()).book,
    updateBook(change) {
      const step = async () => {
        for (let attempt = 0; attempt < BOOK_ATTEMPTS; attempt += 1) {
          const { text, book } = await readBook();
          const changed = change(book);
          const next = JSON.stringify(changed.book);
          if (Number(await guarded(redis.eval(SWAP_BOOK, 1, bookKey, text, next))) === 1)
            return changed.result;
        }
        throw redisUnavailable();
      };
      const result = queue.then(step, step);
      queue = result.catch(() => undefined);
      return result;
    },
  };
}

/** The stored book; an empty one when there is none or it cannot be read (it is then replaced). */
function parseBook(text: string): CreditBook {
  if (!text) return EMPTY_BOOK;
  try {
    return CreditBook.parse(JSON.parse(text));
  } catch {
    return EMPTY_BOOK;
  }
}
