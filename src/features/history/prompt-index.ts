import { SEARCH_KEYS_ADDED, type HistoryDb } from './db.ts';
import { promptHas, type SearchKey } from './search-key.ts';

/** Where a search stands in the list: the jobs it answers come before this one (newest first). */
export type IndexCursor = [createdAt: number, id: string];

export type IndexQuery = {
  words: string[];
  mode?: string;
  model?: string;
  below?: IndexCursor;
  limit: number;
};

export type IndexAnswer = {
  /** Up to `limit` jobs that match, newest first. */
  keys: IndexCursor[];
  /** No older job matches: the list ends with these. */
  complete: boolean;
};

/** Whether job a comes before job b in creation order (the creation index's order). */
const before = (createdAt: number, id: string, cursor: IndexCursor) =>
  createdAt < cursor[0] || (createdAt === cursor[0] && id < cursor[1]);

/**
 * Every job's search key in memory, oldest first, read from the `searchKeys` store in one
 * request and scanned newest first for a search: a prompt search over 50,000 jobs reads none
 * of their rows, only those of the page it answers. Kept fresh by the store's count of keys
 * added: new jobs are read alone; an older job restored from a backup makes it read all
 * again. Deleted jobs stay until `forget`: their rows are missing, so a listing skips them.
 */
export class PromptIndex {
  private created: number[] = [];
  private ids: string[] = [];
  private modes: string[] = [];
  private models: string[] = [];
  private prompts: string[] = [];
  private forgotten = new Set<string>();
  /** The store's count of keys added when last read; -1 before the first read. */
  private added = -1;
  private reading: Promise<void> = Promise.resolve();

  /** Brings the index up to date with the store; one request when nothing changed. */
  refresh(db: HistoryDb): Promise<void> {
    // One at a time, so two searches arriving together do not both read the store.
    this.reading = this.reading.catch(() => {}).then(() => this.read(db));
    return this.reading;
  }

  private async read(db: HistoryDb): Promise<void> {
    const tx = db.transaction(['searchKeys', 'meta']);
    const added = (await tx.objectStore('meta').get(SEARCH_KEYS_ADDED)) ?? 0;
    if (added === this.added) return tx.done;
    const store = tx.objectStore('searchKeys');
    const newest = this.ids.length - 1;
    const appended =
      this.added >= 0 && newest >= 0
        ? await store.getAllKeys(IDBKeyRange.lowerBound(this.keyAt(newest), true))
        : undefined;
    if (appended && appended.length === added - this.added) {
      appended.forEach((key) => this.push(key));
    } else {
      const all = await store.getAllKeys();
      this.clear();
      all.forEach((key) => this.push(key));
    }
    this.added = added;
    return tx.done;
  }

  private push([createdAt, id, mode, model, prompt]: SearchKey): void {
    this.created.push(createdAt);
    this.ids.push(id);
    this.modes.push(mode);
    this.models.push(model);
    this.prompts.push(prompt);
  }

  private clear(): void {
    this.created = [];
    this.ids = [];
    this.modes = [];
    this.models = [];
    this.prompts = [];
    this.forgotten.clear();
  }

  private keyAt(i: number): SearchKey {
    return [this.created[i]!, this.ids[i]!, this.modes[i]!, this.models[i]!, this.prompts[i]!];
  }

  /** The position of the newest job before `cursor` (all jobs without one); -1 when none. */
  private startBelow(cursor: IndexCursor | undefined): number {
    if (!cursor) return this.ids.length - 1;
    let low = 0;
    let high = this.ids.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (before(this.created[middle]!, this.ids[middle]!, cursor)) low = middle + 1;
      else high = middle;
    }
    return low - 1;
  }

  /** The newest jobs below the query's cursor whose mode, model and prompt match. */
  find(query: IndexQuery): IndexAnswer {
    const keys: IndexCursor[] = [];
    let i = this.startBelow(query.below);
    for (; i >= 0 && keys.length < query.limit; i--) {
      if (query.mode !== undefined && this.modes[i] !== query.mode) continue;
      if (query.model !== undefined && this.models[i] !== query.model) continue;
      if (!promptHas(this.prompts[i]!, query.words)) continue;
      const id = this.ids[i]!;
      if (!this.forgotten.has(id)) keys.push([this.created[i]!, id]);
    }
    return { keys, complete: i < 0 };
  }

  /** Leaves out jobs found deleted, until the index is read again. */
  forget(ids: readonly string[]): void {
    ids.forEach((id) => this.forgotten.add(id));
  }
}
