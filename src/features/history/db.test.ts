import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SEARCH_KEYS_ADDED, openHistoryDb } from './db.ts';
import { jobStart } from './fixtures.ts';
import { getImageBlob } from './images.ts';
import { listJobs } from './list-jobs.ts';
import { recordJobStart } from './repository.ts';
import { searchKeyOf } from './search-key.ts';
import { toStored } from './stored-row.ts';

/** Version 1 of the history as the studio made it before the search keys, frozen here. */
function openVersion1(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      const jobs = db.createObjectStore('jobs', { keyPath: 'id' });
      jobs.createIndex('byCreated', ['createdAt', 'id']);
      jobs.createIndex('byStatus', 'status');
      jobs.createIndex('byImage', 'imageIds', { multiEntry: true });
      jobs.createIndex('bySourceHash', 'source.hash');
      jobs.createIndex('byParentImage', 'source.fromImageId');
      db.createObjectStore('images');
      db.createObjectStore('thumbnails');
      db.createObjectStore('sources');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });

/** A version-1 history of `count` jobs (every 7th about a fox) and one stored image. */
async function version1History(count: number): Promise<string> {
  const name = `history-v1-${crypto.randomUUID()}`;
  const db = await openVersion1(name);
  const tx = db.transaction(['jobs', 'images'], 'readwrite');
  for (let i = 0; i < count; i++) {
    const prompt = i % 7 === 0 ? `Fox number ${i}` : `Owl number ${i}`;
    const start = jobStart(`job-${String(i).padStart(4, '0')}`, { prompt, createdAt: 10 * i });
    tx.objectStore('jobs').put(toStored({ ...start, status: 'done', images: [] }));
  }
  tx.objectStore('images').put(new Blob(['kept']), 'job-0000/0');
  await done(tx);
  db.close();
  return name;
}

describe('the history database', () => {
  it('upgrades a version-1 history: a search key for every job, in batches, the rest untouched', async () => {
    // More jobs than the upgrade reads at once, so it reads in several batches.
    const name = await version1History(1_203);
    const db = await openHistoryDb(name);

    expect(db.version).toBe(2);
    const keys = await db.getAllKeys('searchKeys');
    expect(keys).toHaveLength(1_203);
    const rows = await db.getAll('jobs');
    expect(keys).toEqual(rows.map(searchKeyOf).sort((a, b) => a[0] - b[0]));
    expect(await db.get('meta', SEARCH_KEYS_ADDED)).toBe(1_203);
    expect(await (await getImageBlob(db, 'job-0000/0'))?.text()).toBe('kept');

    const page = await listJobs(db, { limit: 3, search: 'fox' });
    expect(page.jobs.map((job) => job.settings.prompt)).toEqual([
      'Fox number 1197',
      'Fox number 1190',
      'Fox number 1183',
    ]);
    // Jobs recorded after the upgrade are counted on from there.
    await recordJobStart(db, jobStart('new', { prompt: 'Fox today', createdAt: 100_000 }));
    expect(await db.get('meta', SEARCH_KEYS_ADDED)).toBe(1_204);
    expect((await listJobs(db, { limit: 1, search: 'fox' })).jobs[0]?.id).toBe('new');
    db.close();
  });

  it('makes a new history at the current version with nothing counted', async () => {
    const db = await openHistoryDb(`history-new-${crypto.randomUUID()}`);
    expect(db.version).toBe(2);
    expect(await db.getAllKeys('searchKeys')).toEqual([]);
    expect(await db.get('meta', SEARCH_KEYS_ADDED)).toBe(0);
    db.close();
  });

  it('closes when a newer version asks to upgrade, and says so', async () => {
    const name = `history-blocking-${crypto.randomUUID()}`;
    let closed = 0;
    await openHistoryDb(name, () => (closed += 1));
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 3);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(newer.version).toBe(3);
    expect(closed).toBe(1);
    newer.close();
  });
});
