import { unwrap } from 'idb';
import type { ProviderId, Quality } from '../../catalog/index.ts';
import type { HistoryDb, StoredJob } from './db.ts';
import { walkNewestFirst } from './newest-first.ts';

/** What one finished job was charged, as the history recorded it: what a learned estimate reads. */
export type RecordedCharge = {
  provider: ProviderId;
  model: string;
  quality: Quality;
  /** As the job asked for it, e.g. `1536x1024`. */
  size: string;
  n: number;
  /** Credits the job cost (`credits.job`). */
  credits: number;
};

const createdKey = (row: { createdAt: number; id: string }): [number, string] => [row.createdAt, row.id];

/** The charges of the latest finished jobs whose cost is known, newest first. */
export async function recordedCharges(
  db: HistoryDb,
  limit = 200,
  scanned = 2_000,
): Promise<RecordedCharge[]> {
  const charges: RecordedCharge[] = [];
  const tx = db.transaction('jobs');
  const index = unwrap(tx.store.index('byCreated'));
  let seen = 0;
  for await (const row of walkNewestFirst<StoredJob>(index, createdKey, limit, 160)) {
    if (++seen > scanned) break;
    const credits = row.credits?.job;
    if (row.status !== 'done' || credits === undefined || credits <= 0) continue;
    const { provider, model, settings } = row;
    charges.push({ provider, model, quality: settings.quality, size: settings.size, n: settings.n, credits });
    if (charges.length === limit) break;
  }
  await tx.done;
  return charges;
}
