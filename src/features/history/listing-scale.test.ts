import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshHistoryDb, jobStart, resultImages } from './fixtures.ts';
import { listJobs, toStored } from './repository.ts';
import { imageRefsFromResult } from './record.ts';

afterEach(() => vi.restoreAllMocks());

describe('a long history', () => {
  it('answers the first page of 500 jobs with 5,000 images without touching an image store', async () => {
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

    const started = performance.now();
    const page = await listJobs(db, { limit: 24 });
    const elapsed = performance.now() - started;

    expect(page.jobs).toHaveLength(24);
    expect(page.jobs[0]?.id).toBe('job-499');
    expect(page.jobs[0]?.images).toHaveLength(10);
    expect(page.next).toEqual({ createdAt: 476, id: 'job-476' });
    expect(opened).toEqual(['jobs']);
    // Generous even for fake-indexeddb on a slow runner; reading all 500 rows would not need it.
    expect(elapsed).toBeLessThan(1_000);
  });
});
