import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshHistoryDb, jobStart, resultImages } from './fixtures.ts';
import { listJobs } from './list-jobs.ts';
import { addSearchKeys } from './search-writes.ts';
import { toStored } from './stored-row.ts';
import { imageRefsFromResult } from './record.ts';

afterEach(() => vi.restoreAllMocks());

describe('a long history', () => {
  it('answers the first page of 500 jobs with 5,000 images reading one page of rows, no image store', async () => {
    const db = await freshHistoryDb();
    const tx = db.transaction(['jobs', 'images', 'thumbnails'], 'readwrite');
    for (let i = 0; i < 500; i++) {
      const id = `job-${String(i).padStart(3, '0')}`;
      const images = imageRefsFromResult(id, resultImages(10, id)).map((image) => ({
        ...image,
        cached: true,
      }));
      void tx
        .objectStore('jobs')
        .put(toStored({ ...jobStart(id, { createdAt: i }), status: 'done', images }));
      for (const image of images) {
        void tx.objectStore('images').put(new Blob([new Uint8Array(64)]), image.id);
        void tx.objectStore('thumbnails').put(new Blob([new Uint8Array(16)]), image.id);
      }
    }
    await tx.done;

    const opened: string[] = [];
    const original = IDBDatabase.prototype.transaction;
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
      this: IDBDatabase,
      ...args: Parameters<IDBDatabase['transaction']>
    ) {
      const names = args[0];
      opened.push(...(typeof names === 'string' ? [names] : names));
      return original.apply(this, args);
    });

    // Rows read: what bulk reads answered, and any value cursor (one row per step) opened.
    const bulkReads: IDBRequest<unknown[]>[] = [];
    const getAll = IDBIndex.prototype.getAll;
    vi.spyOn(IDBIndex.prototype, 'getAll').mockImplementation(function (
      this: IDBIndex,
      ...args: Parameters<IDBIndex['getAll']>
    ) {
      const request = getAll.apply(this, args);
      bulkReads.push(request);
      return request;
    });
    const indexCursors = vi.spyOn(IDBIndex.prototype, 'openCursor');
    const storeCursors = vi.spyOn(IDBObjectStore.prototype, 'openCursor');

    const page = await listJobs(db, { limit: 24 });

    expect(page.jobs).toHaveLength(24);
    expect(page.jobs[0]?.id).toBe('job-499');
    expect(page.jobs[0]?.images).toHaveLength(10);
    expect(page.next).toEqual({ createdAt: 476, id: 'job-476' });
    expect(opened).toEqual(['jobs']);
    // One page (and the row that says where the next starts), never the 500 rows behind it.
    expect(bulkReads.reduce((rows, request) => rows + request.result.length, 0)).toBeLessThanOrEqual(25);
    expect(indexCursors).not.toHaveBeenCalled();
    expect(storeCursors).not.toHaveBeenCalled();
  });

  it('searches 2,000 prompts reading only the rows of the page it answers, none of the others', async () => {
    const db = await freshHistoryDb();
    const tx = db.transaction(['jobs', 'searchKeys', 'meta'], 'readwrite');
    const rows = Array.from({ length: 2_000 }, (_, i) => {
      // Three foxes among the oldest jobs; every job is about an owl.
      const prompt = i < 3 ? `Fox and owl ${i}` : `Owl ${i}`;
      const id = `job-${String(i).padStart(4, '0')}`;
      return toStored({ ...jobStart(id, { prompt, createdAt: i }), status: 'done', images: [] });
    });
    await Promise.all([
      ...rows.map((row) => tx.objectStore('jobs').put(row)),
      addSearchKeys(tx, rows),
      tx.done,
    ]);

    const jobReads = vi.spyOn(IDBObjectStore.prototype, 'get');
    const rowsRead = () =>
      jobReads.mock.contexts.filter((store) => (store as IDBObjectStore).name === 'jobs').length;
    const storeScans = [
      vi.spyOn(IDBObjectStore.prototype, 'getAll'),
      vi.spyOn(IDBObjectStore.prototype, 'openCursor'),
      vi.spyOn(IDBIndex.prototype, 'getAll'),
      vi.spyOn(IDBIndex.prototype, 'openCursor'),
    ];

    const foxes = await listJobs(db, { limit: 20, search: 'FOX' });
    expect(foxes.jobs.map((job) => job.id)).toEqual(['job-0002', 'job-0001', 'job-0000']);
    expect(foxes.next).toBeUndefined();
    expect(rowsRead()).toBe(3);

    // A word every job has: the page and the one row that says another page follows.
    const owls = await listJobs(db, { limit: 20, search: 'owl' });
    expect(owls.jobs).toHaveLength(20);
    expect(owls.next).toEqual({ createdAt: 1_980, id: 'job-1980' });
    expect(rowsRead()).toBe(3 + 21);

    expect((await listJobs(db, { limit: 20, search: 'zebra' })).jobs).toEqual([]);
    expect(rowsRead()).toBe(3 + 21);
    for (const scan of storeScans) expect(scan).not.toHaveBeenCalled();
  });
});
