import type { Page } from '@playwright/test';
import { benchPrompt } from './history-seed.ts';
import { armSearchProbe, waitForSearchProbe } from './probes.ts';

/** Typed key by key into the History column's search box; each is cleared before the next. */
export const SEARCHES = ['harbour fog', 'study 4242', 'owl linocut', 'tram snow watercolour', 'zebra'];

/** Rows a search's outcome is told by: those the first screen of the column shows. */
const ROWS_SEEN = 2;

/** The newest `count` of `jobs` bench jobs (by number) whose prompt matches `typed`, by the studio's rule. */
function matchingJobs(jobs: number, typed: string, count: number): number[] {
  const words = typed.toLowerCase().split(/\s+/).filter(Boolean);
  const found: number[] = [];
  for (let i = jobs - 1; i >= 0 && found.length < count; i--) {
    if (words.every((word) => benchPrompt(i).toLowerCase().includes(word))) found.push(i);
  }
  return found;
}

/** The prompts of the first rows once `typed` is the search (none: nothing matches). */
const expectedRows = (jobs: number, typed: string): string[] =>
  matchingJobs(jobs, typed, ROWS_SEEN).map(benchPrompt);

/**
 * The jobs whose images are stored: the newest `newest`, and the first page of every search the
 * bench types (a key at a time), so every card it shows has its thumbnails, as in a history
 * whose images were all kept, without storing 500,000 of them.
 */
export function jobsWithBlobs(jobs: number, newest: number): number[] {
  const shown = new Set<number>();
  for (let i = Math.max(0, jobs - newest); i < jobs; i++) shown.add(i);
  for (const query of SEARCHES) {
    for (let k = 1; k <= query.length; k++)
      matchingJobs(jobs, query.slice(0, k), 21).forEach((i) => shown.add(i));
  }
  return [...shown];
}

/** Until the list has no read in flight, and a moment more for what follows (thumbnails). */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('aside[aria-label="History"] .history-list')?.getAttribute('aria-busy') !==
      'true',
    undefined,
    { timeout: 120_000, polling: 20 },
  );
  await page.waitForTimeout(150);
}

export type SearchTimes = {
  query: string;
  keys: { typed: string; ms: number; floor: number; tiles: number }[];
  clear: number;
};

/**
 * Types each search into the History column key by key, waiting for each key's outcome, and
 * clears it with Backspace after Ctrl+A. A key whose outcome shows the same first rows as the
 * one before (a space, a letter that narrows nothing) cannot be seen and is not timed; the
 * list is given 300 ms (more than the panel's old debounce) and its reads to finish instead.
 */
export async function typeSearches(page: Page, jobs: number): Promise<SearchTimes[]> {
  const results: SearchTimes[] = [];
  await page.getByLabel('Search history').click();
  for (const query of SEARCHES) {
    const keys: SearchTimes['keys'] = [];
    let shown = expectedRows(jobs, '');
    for (let k = 1; k <= query.length; k++) {
      const typed = query.slice(0, k);
      const expected = expectedRows(jobs, typed);
      const seen = expected.join('\n') !== shown.join('\n');
      if (seen) await armSearchProbe(page, expected);
      await page.keyboard.type(query.charAt(k - 1));
      if (seen) {
        const { shown, echoed, tiled } = await waitForSearchProbe(page);
        keys.push({ typed, ms: shown, floor: echoed, tiles: tiled });
      } else await page.waitForTimeout(300);
      await settle(page);
      shown = expected;
    }
    await page.keyboard.press('Control+A');
    await armSearchProbe(page, expectedRows(jobs, ''));
    await page.keyboard.press('Backspace');
    const clear = (await waitForSearchProbe(page)).shown;
    await settle(page);
    results.push({ query, keys, clear });
  }
  return results;
}
