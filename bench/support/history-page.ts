import type { Page } from '@playwright/test';
import type { Metrics } from './cdp.ts';
import { readObjectUrls, waitForHistoryProbe, type HistoryProbe } from './probes.ts';
import { mib } from './stats.ts';

/** The studio's page in the history bench: loads, what the History column holds, scrolling it. */

export type Snapshot = {
  heap: number;
  nodes: number;
  liveUrls: number;
  createdUrls: number;
  images: number;
  cards: number;
};

/** Loads timed after one warm-up load. */
export const LOADS = 3;

/** Reloads a page in front and answers its probe once it has seen `until`. */
export async function timedLoad(page: Page, until: keyof HistoryProbe): Promise<HistoryProbe> {
  await page.bringToFront();
  await page.reload();
  return waitForHistoryProbe(page, until);
}

/** `LOADS + 1` loads of each page, in turns; answers the probes of all but the first of each. */
export async function alternateLoads(
  empty: Page,
  seeded: Page,
): Promise<{ empty: HistoryProbe[]; seeded: HistoryProbe[] }> {
  const probes = { empty: [] as HistoryProbe[], seeded: [] as HistoryProbe[] };
  for (let i = 0; i <= LOADS; i++) {
    const emptyProbe = await timedLoad(empty, 'listed');
    const seededProbe = await timedLoad(seeded, 'firstThumb');
    if (i === 0) continue;
    probes.empty.push(emptyProbe);
    probes.seeded.push(seededProbe);
  }
  return probes;
}

/** Memory and what the History column holds, once the page has had a moment and a garbage collection. */
export async function snapshot(
  page: Page,
  metrics: { read: () => Promise<Metrics>; collectGarbage: () => Promise<void> },
): Promise<Snapshot> {
  await page.waitForTimeout(1000);
  await metrics.collectGarbage();
  const m = await metrics.read();
  const urls = await readObjectUrls(page);
  const counts = await page.evaluate(() => {
    const column = document.querySelector('aside[aria-label="History"]');
    return {
      images: column?.querySelectorAll('img').length ?? 0,
      cards: column?.querySelectorAll('article').length ?? 0,
    };
  });
  return {
    heap: m.JSHeapUsedSize ?? 0,
    nodes: m.Nodes ?? 0,
    liveUrls: urls.live,
    createdUrls: urls.created,
    ...counts,
  };
}

export const snapshotRows = (s: Snapshot): [string, string][] => [
  ['JS heap used', mib(s.heap)],
  ['DOM nodes', String(s.nodes)],
  ['job cards / <img> mounted', `${s.cards} / ${s.images}`],
  ['blob: URLs live (made)', `${s.liveUrls} (${s.createdUrls})`],
];

/** Scrolls the History column a screen at a time until job `target` is on screen; answers the time taken. */
export async function scrollThroughJobs(page: Page, target: number): Promise<number> {
  const started = performance.now();
  for (let step = 0; step < 2000; step++) {
    const reached = await page.evaluate((target) => {
      const column = document.querySelector('aside[aria-label="History"]');
      if (!column) throw new Error('no History column');
      // The list scrolls inside the column: the nearest box around it that scrolls.
      let scroller = column.querySelector('.history-list')?.parentElement ?? null;
      while (scroller && scroller !== column && !/auto|scroll/.test(getComputedStyle(scroller).overflowY)) {
        scroller = scroller.parentElement;
      }
      if (!scroller) throw new Error('no scrolling box in the History column');
      // A virtual list mounts only the cards near the screen; each row carries its job's index.
      const card = column.querySelector(`[data-index="${target - 1}"]`);
      if (card && card.getBoundingClientRect().top < scroller.getBoundingClientRect().bottom) return true;
      scroller.scrollBy(0, scroller.clientHeight);
      return false;
    }, target);
    if (reached) return performance.now() - started;
    // A frame for the thumbnails coming into view, and for the next page of jobs.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30))));
  }
  throw new Error(`The History column never showed job ${target}.`);
}
