/** What the browser says about the site's storage; `null` where it does not say. */
type StorageFacts = { usage: number; quota: number; persisted: boolean };

type Storage = Pick<StorageManager, 'estimate' | 'persist' | 'persisted'>;

const browserStorage = (): Storage | undefined =>
  typeof navigator === 'undefined' ? undefined : (navigator.storage as Storage | undefined);

export async function readStorage(
  storage: Storage | undefined = browserStorage(),
): Promise<StorageFacts | null> {
  if (!storage?.estimate) return null;
  const [{ usage = 0, quota = 0 }, persisted] = await Promise.all([
    storage.estimate(),
    storage.persisted ? storage.persisted() : Promise.resolve(false),
  ]);
  return { usage, quota, persisted };
}

/**
 * Asks the browser not to clear the site's storage under pressure. Browsers decide by their
 * own rules (Chrome by engagement, Firefox by asking), so a refusal is normal, not an error.
 */
export async function askPersistence(storage: Storage | undefined = browserStorage()): Promise<boolean> {
  return storage?.persist ? storage.persist() : false;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The moment `days` days before `now`: jobs created before it count as old. */
export function olderThan(now: number, days: number): number {
  return now - days * DAY_MS;
}

/**
 * The dates of two `<input type="date">` fields as [from, to) in local time, the whole of the
 * last day included; either may be empty. A range that ends before it starts is refused.
 */
export function dayRange(from: string, to: string): { from?: number; to?: number } {
  const start = from ? localMidnight(from) : undefined;
  // The next day's midnight, not 24 h later: a day with a clock change is 23 or 25 hours long.
  const end = to ? localMidnight(to, 1) : undefined;
  if (start !== undefined && end !== undefined && end <= start) {
    throw new Error('The date range ends before it starts; pick a “to” date on or after the “from” date.');
  }
  return { ...(start !== undefined ? { from: start } : {}), ...(end !== undefined ? { to: end } : {}) };
}

function localMidnight(date: string, plusDays = 0): number {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + plusDays).getTime();
}
