import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshHistoryDb, jobStart, resultImages } from './fixtures.ts';
import { listJobs } from './list-jobs.ts';
import { PromptIndex } from './prompt-index.ts';
import { imageRefsFromResult } from './record.ts';
import { deleteJob, getJob, recordJobStart } from './repository.ts';
import { addSearchKeys } from './search-writes.ts';
import { toStored } from './stored-row.ts';
import { restoreJobs } from './transfer.ts';

afterEach(() => vi.restoreAllMocks());

/** Five jobs; job-4 and job-3 share a millisecond, so their ids order them. */
async function seeded() {
  const db = await freshHistoryDb();
  const jobs = [
    { prompt: 'Red fox in snow', entryId: 'onemin:gpt-image-2:generate', createdAt: 1_000 },
    { prompt: 'Blue whale', entryId: 'gptimageapi:gpt-image-2:edit', createdAt: 2_000 },
    { prompt: 'A red barn at noon', entryId: 'onemin:gpt-image-2:generate', createdAt: 3_000 },
    { prompt: 'Fox logo, flat', entryId: 'gptimageapi:gpt-image-2:edit', createdAt: 4_000 },
    { prompt: 'Harbour lights, FOX', entryId: 'onemin:gpt-image-2:generate', createdAt: 4_000 },
  ];
  for (const [i, job] of jobs.entries()) await recordJobStart(db, jobStart(`job-${i}`, job));
  return db;
}

/** Counts what the index reads: the keys it gets back, and any job row read at all. */
function countReads() {
  const keysRead: number[] = [];
  const getAllKeys = IDBObjectStore.prototype.getAllKeys;
  vi.spyOn(IDBObjectStore.prototype, 'getAllKeys').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['getAllKeys']>
  ) {
    const request = getAllKeys.apply(this, args);
    request.addEventListener('success', () => keysRead.push(request.result.length));
    return request;
  });
  const rowReads = [
    vi.spyOn(IDBObjectStore.prototype, 'get'),
    vi.spyOn(IDBObjectStore.prototype, 'getAll'),
    vi.spyOn(IDBObjectStore.prototype, 'openCursor'),
    vi.spyOn(IDBIndex.prototype, 'getAll'),
    vi.spyOn(IDBIndex.prototype, 'openCursor'),
  ];
  return {
    keysRead,
    rowsRead: () =>
      rowReads.reduce(
        (calls, spy) =>
          calls + spy.mock.contexts.filter((store) => (store as { name?: string }).name !== 'meta').length,
        0,
      ),
  };
}

const ids = (answer: { keys: [number, string][] }) => answer.keys.map(([, id]) => id);

describe('the prompt index', () => {
  it('finds jobs newest first by every word of the prompt, in any case, and by mode and model', async () => {
    const db = await seeded();
    const index = new PromptIndex();
    await index.refresh(db);

    expect(index.find({ words: ['fox'], limit: 10 })).toEqual({
      keys: [
        [4_000, 'job-4'],
        [4_000, 'job-3'],
        [1_000, 'job-0'],
      ],
      complete: true,
    });
    expect(ids(index.find({ words: ['red', 'noon'], limit: 10 }))).toEqual(['job-2']);
    // Words are found inside longer ones, as the list always did.
    expect(ids(index.find({ words: ['ar'], limit: 10 }))).toEqual(['job-4', 'job-2']);
    expect(ids(index.find({ words: ['fox'], mode: 'edit', limit: 10 }))).toEqual(['job-3']);
    expect(ids(index.find({ words: [], model: 'gpt-image-1-mini', limit: 10 }))).toEqual([]);
    expect(index.find({ words: ['zebra'], limit: 10 })).toEqual({ keys: [], complete: true });
  });

  it('answers in pages below a cursor, saying when nothing older matches', async () => {
    const db = await seeded();
    const index = new PromptIndex();
    await index.refresh(db);
    const first = index.find({ words: ['fox'], limit: 2 });
    expect(first).toEqual({
      keys: [
        [4_000, 'job-4'],
        [4_000, 'job-3'],
      ],
      complete: false,
    });
    // Below job-4 within the same millisecond: job-3 comes next, then job-0.
    expect(ids(index.find({ words: ['fox'], below: [4_000, 'job-4'], limit: 2 }))).toEqual([
      'job-3',
      'job-0',
    ]);
    expect(index.find({ words: ['fox'], below: [4_000, 'job-3'], limit: 1 })).toEqual({
      keys: [[1_000, 'job-0']],
      complete: true,
    });
    expect(index.find({ words: [], below: [1_000, 'job-0'], limit: 5 })).toEqual({
      keys: [],
      complete: true,
    });
  });

  it('reads keys, never rows: all of them once, then only what was added since', async () => {
    const db = await seeded();
    const index = new PromptIndex();
    const reads = countReads();
    await index.refresh(db);
    expect(reads.keysRead).toEqual([5]);

    await index.refresh(db);
    expect(reads.keysRead).toEqual([5]);

    await recordJobStart(db, jobStart('job-5', { prompt: 'Fox at dawn', createdAt: 5_000 }));
    await recordJobStart(db, jobStart('job-6', { prompt: 'Owl', createdAt: 6_000 }));
    await index.refresh(db);
    expect(reads.keysRead).toEqual([5, 2]);
    expect(ids(index.find({ words: ['fox'], limit: 2 }))).toEqual(['job-5', 'job-4']);
    expect(reads.rowsRead()).toBe(0);
  });

  it('reads every key again when an older job comes back from a backup', async () => {
    const db = await seeded();
    const old = await getJob(db, 'job-0');
    await deleteJob(db, 'job-0');
    const index = new PromptIndex();
    await index.refresh(db);
    expect(ids(index.find({ words: ['fox'], limit: 10 }))).toEqual(['job-4', 'job-3']);

    if (!old) throw new Error('job-0 was not recorded');
    await restoreJobs(db, [{ record: old, images: new Map(), thumbnails: new Map() }]);
    const reads = countReads();
    await index.refresh(db);
    expect(reads.keysRead).toEqual([0, 5]);
    expect(ids(index.find({ words: ['fox'], limit: 10 }))).toEqual(['job-4', 'job-3', 'job-0']);
  });

  it('leaves out jobs it is told are deleted', async () => {
    const db = await seeded();
    const index = new PromptIndex();
    await index.refresh(db);
    index.forget(['job-3']);
    expect(ids(index.find({ words: ['fox'], limit: 10 }))).toEqual(['job-4', 'job-0']);
  });
});

describe('listing through the prompt index', () => {
  it('skips a job deleted after the index was read, and pages a search without gaps or repeats', async () => {
    const db = await seeded();
    expect((await listJobs(db, { limit: 10, search: 'fox' })).jobs.map((job) => job.id)).toEqual([
      'job-4',
      'job-3',
      'job-0',
    ]);
    await deleteJob(db, 'job-3');
    const first = await listJobs(db, { limit: 1, search: 'FOX' });
    expect(first.jobs.map((job) => job.id)).toEqual(['job-4']);
    const second = await listJobs(db, { limit: 1, search: 'FOX', before: first.next });
    expect(second.jobs.map((job) => job.id)).toEqual(['job-0']);
    expect(second.next).toBeUndefined();
  });

  it('reads further batches when "starred only" leaves a searched page short', async () => {
    const db = await freshHistoryDb();
    const tx = db.transaction(['jobs', 'searchKeys', 'meta'], 'readwrite');
    const rows = Array.from({ length: 400 }, (_, i) => {
      const id = `job-${String(i).padStart(3, '0')}`;
      const images = imageRefsFromResult(id, resultImages(1, id)).map((image) => ({
        ...image,
        starred: i === 1 || i === 5,
      }));
      return toStored({ ...jobStart(id, { prompt: `Owl ${i}`, createdAt: i }), status: 'done', images });
    });
    await Promise.all([
      ...rows.map((row) => tx.objectStore('jobs').put(row)),
      addSearchKeys(tx, rows),
      tx.done,
    ]);

    const first = await listJobs(db, { limit: 1, search: 'owl', starredOnly: true });
    expect(first.jobs.map((job) => job.id)).toEqual(['job-005']);
    const second = await listJobs(db, { limit: 1, search: 'owl', starredOnly: true, before: first.next });
    expect(second.jobs.map((job) => job.id)).toEqual(['job-001']);
    expect(second.next).toBeUndefined();
  });
});
