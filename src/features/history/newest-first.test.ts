import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { READ_PATHS, setReadPath } from './fixtures.ts';
import { readNewestFirst } from './newest-first.ts';

/** An index over 10 rows keyed 0..9, read in one transaction per call. */
async function numbers(): Promise<(count: number, below?: number) => Promise<number[]>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(`newest-first-${crypto.randomUUID()}`, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('rows', { keyPath: 'id' });
      store.createIndex('byN', 'n', { unique: true });
      for (let n = 0; n < 10; n++) store.put({ id: `row-${n}`, n });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return async (count, below) => {
    const index = db.transaction('rows').objectStore('rows').index('byN');
    const rows = await readNewestFirst<{ n: number }>(index, count, below);
    return rows.map((row) => row.n);
  };
}

let restore = () => {};
afterEach(() => {
  restore();
  vi.restoreAllMocks();
});

describe.each(READ_PATHS)('reading an index newest first, by %s', (path) => {
  it('answers the highest keys first, below a key when given, as many as asked or as there are', async () => {
    restore = setReadPath(path);
    const read = await numbers();
    expect(await read(3)).toEqual([9, 8, 7]);
    expect(await read(3, 7)).toEqual([6, 5, 4]);
    expect(await read(1, 5)).toEqual([4]);
    expect(await read(4, 2)).toEqual([1, 0]);
    expect(await read(20)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect(await read(10)).toHaveLength(10);
    expect(await read(3, 0)).toEqual([]);
  });

  it('reads a batch with a fixed number of requests, not one per row', async () => {
    restore = setReadPath(path);
    const read = await numbers();
    const proto = IDBIndex.prototype;
    const cursors = vi.spyOn(proto, 'openCursor');
    const keyCursors = vi.spyOn(proto, 'openKeyCursor');
    const getAll = vi.spyOn(proto, 'getAll');
    const bulk =
      path === 'getAllRecords'
        ? vi.spyOn(proto as IDBIndex & { getAllRecords: () => unknown }, 'getAllRecords')
        : undefined;
    expect(await read(6)).toEqual([9, 8, 7, 6, 5, 4]);
    expect(cursors).not.toHaveBeenCalled();
    expect(bulk?.mock.calls.length ?? 0).toBe(path === 'getAllRecords' ? 1 : 0);
    expect(keyCursors.mock.calls.length + getAll.mock.calls.length).toBe(path === 'getAllRecords' ? 0 : 2);
  });
});
