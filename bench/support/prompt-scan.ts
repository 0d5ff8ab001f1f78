import type { Browser } from '@playwright/test';
import { searchKeyOf, type SearchKey } from '../../src/features/history/search-key.ts';
import { benchJob } from './history-seed.ts';
import { buildModule, modulePage } from './module-page.ts';
import type * as PromptIndexModule from './prompt-index-entry.ts';
import { repoPath } from './paths.ts';

/**
 * The prompt search alone, in a browser page: the studio's `PromptIndex` over the search keys of
 * a bench history, asked for each key of each search as the history-search worker asks it (the
 * store's count read first, then the scan for a page of 20 and one more). What it leaves out is
 * the rest of a key's way to the screen: the page's rows read, the message back, React's render.
 */

const OUT = 'prompt-index';
/** Each key's search is timed this many times; the median is its figure. */
const REPEATS = 5;
/** Keys sent to the page per call. */
const CHUNK = 10_000;
/** What the list asks the index for: a page and one more. */
const LIMIT = 21;

type PromptModule = typeof PromptIndexModule;

export type PromptScan = {
  /** The first read of every key into memory, as when the search box first gets focus. */
  loadMs: number;
  /**
   * Per typed prefix, medians of its searches: in all, the store's count read (an IndexedDB round
   * trip, whatever the history's length) and the scan of the keys in memory.
   */
  keys: { typed: string; ms: number; countMs: number; scanMs: number }[];
};

/** Times the prompt index over `jobs` bench jobs for every prefix of every search. */
export async function timePromptScan(
  browser: Browser,
  jobs: number,
  searches: readonly string[],
): Promise<PromptScan> {
  const outDir = await buildModule(repoPath('bench', 'support', 'prompt-index-entry.ts'), OUT);
  const page = await modulePage(browser, outDir, OUT, '__promptIndex');
  try {
    const dbName = `prompt-scan-${jobs}`;
    for (let first = 0; first < jobs; first += CHUNK) {
      const keys: SearchKey[] = [];
      for (let i = first; i < Math.min(jobs, first + CHUNK); i++) keys.push(searchKeyOf(benchJob(i, 1, 1)));
      await page.evaluate(
        async ({ dbName, keys, total }) => {
          const m = (globalThis as unknown as { __promptIndex: PromptModule }).__promptIndex;
          const db = await m.openHistoryDb(dbName);
          const tx = db.transaction(['searchKeys', 'meta'], 'readwrite');
          for (const key of keys) void tx.objectStore('searchKeys').put(null, key);
          void tx.objectStore('meta').put(total, m.SEARCH_KEYS_ADDED);
          await tx.done;
          db.close();
        },
        { dbName, keys, total: Math.min(jobs, first + CHUNK) },
      );
    }
    const typed = searches.flatMap((search) =>
      Array.from({ length: search.length }, (_, k) => search.slice(0, k + 1)),
    );
    return await page.evaluate(
      async ({ dbName, typed, repeats, limit }) => {
        const m = (globalThis as unknown as { __promptIndex: PromptModule }).__promptIndex;
        const db = await m.openHistoryDb(dbName);
        const index = new m.PromptIndex();
        let started = performance.now();
        await index.refresh(db);
        const loadMs = performance.now() - started;
        const keys: { typed: string; ms: number; countMs: number; scanMs: number }[] = [];
        const middle = (values: number[]) =>
          values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
        for (const prefix of typed) {
          const totals: number[] = [];
          const counts: number[] = [];
          const scans: number[] = [];
          for (let r = 0; r < repeats; r++) {
            started = performance.now();
            await index.refresh(db);
            const counted = performance.now();
            index.find({ words: m.searchWords(prefix), limit });
            const ended = performance.now();
            totals.push(ended - started);
            counts.push(counted - started);
            scans.push(ended - counted);
          }
          keys.push({ typed: prefix, ms: middle(totals), countMs: middle(counts), scanMs: middle(scans) });
        }
        db.close();
        return { loadMs, keys };
      },
      { dbName, typed, repeats: REPEATS, limit: LIMIT },
    );
  } finally {
    await page.close();
  }
}
