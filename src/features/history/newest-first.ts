/** The creation index's key of a row: its time, then its id, which breaks ties. */
export const createdKey = (row: { createdAt: number; id: string }): [number, string] => [
  row.createdAt,
  row.id,
];
/** Rows read at once while filters skip rows or durations are looked for. */
export const MAX_BATCH = 160;

/**
 * `IDBIndex.getAllRecords` (Chromium 141+): a batch of an index read in either direction with
 * one request. Not yet in TypeScript's DOM types, nor in every browser.
 */
type BulkRead = (options: {
  query: IDBKeyRange | null;
  count: number;
  direction: IDBCursorDirection;
}) => IDBRequest<{ value: unknown }[]>;

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * Up to `count` values of an index whose keys are unique, highest key first, below `below` when
 * given. One request where the browser reads an index backwards in bulk; elsewhere a key
 * cursor finds the batch's lowest key and one ascending `getAll` reads the batch: three
 * requests whatever its size, where a cursor over the values costs one per row.
 */
export async function readNewestFirst<T>(index: IDBIndex, count: number, below?: IDBValidKey): Promise<T[]> {
  const range = below === undefined ? null : IDBKeyRange.upperBound(below, true);
  const bulk = (index as IDBIndex & { getAllRecords?: BulkRead }).getAllRecords;
  if (typeof bulk === 'function') {
    const records = await settle(bulk.call(index, { query: range, count, direction: 'prev' }));
    return records.map((record) => record.value as T);
  }
  const request = index.openKeyCursor(range, 'prev');
  const top = await settle(request);
  if (!top) return [];
  const highest = top.key;
  let lowest: IDBValidKey | undefined = highest;
  if (count > 1) {
    top.advance(count - 1);
    // Past the lowest key of the range: the batch is everything up to the highest.
    lowest = (await settle(request))?.key;
  }
  const span = lowest === undefined ? IDBKeyRange.upperBound(highest) : IDBKeyRange.bound(lowest, highest);
  const values = (await settle(index.getAll(span))) as T[];
  return values.reverse();
}

/**
 * The rows of an index, highest key first, below `below` when given, read in batches that
 * start at `first` rows and double up to `most`: a caller that needs only a page reads little,
 * one that filters many rows out pays few round trips. Breaking out of the loop stops reading.
 */
export async function* walkNewestFirst<T>(
  index: IDBIndex,
  keyOf: (row: T) => IDBValidKey,
  first: number,
  most: number,
  below?: IDBValidKey,
): AsyncGenerator<T> {
  for (let batch = first; ; batch = Math.min(2 * batch, most)) {
    const rows = await readNewestFirst<T>(index, batch, below);
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < batch) return;
    below = keyOf(last);
  }
}
