/**
 * Opening a long history (`npx tsx bench/history-open.ts [jobs]`, 5,000 jobs unless told): time
 * to the first thumbnail and memory, after load and after scrolling through 100 jobs; the
 * baseline is the same page with an empty history. The two histories live on two origins of
 * the same studio (IndexedDB is per origin), so the timed loads alternate between them and a
 * change in the machine's load falls on both alike. Then searches typed into the History
 * column, key by key: the time from each key to the filtered list's first row.
 */
import type { Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { HISTORY_DB_NAME } from '../src/features/history/db.ts';
import { THUMBNAIL_EDGE } from '../src/features/history/thumbnail.ts';
import { addInitFunction, launchPersistentChromium } from './support/browser.ts';
import { ensureStudioBuild } from './support/build.ts';
import { metricsReader, type Metrics } from './support/cdp.ts';
import { benchPrompt, seedHistory } from './support/history-seed.ts';
import { benchPath } from './support/paths.ts';
import {
  armSearchProbe,
  installHistoryProbe,
  installSearchProbe,
  installObjectUrlCounter,
  readObjectUrls,
  waitForHistoryProbe,
  waitForSearchProbe,
  type HistoryProbe,
} from './support/probes.ts';
import { runBench } from './support/run.ts';
import { median, mib, ms, printBlock, printHeading, spread, describeSpread, times } from './support/stats.ts';
import { startBenchStudio } from './support/studio.ts';

const JOBS = Number(process.argv[2] ?? 5000);
if (!Number.isInteger(JOBS) || JOBS < 200)
  throw new Error(`history-open takes a job count of 200 or more, not ${process.argv[2]}.`);
const IMAGES_PER_JOB = 10;
/** The newest jobs whose images are stored too: all the bench shows before searching, and more. */
const NEWEST_WITH_BLOBS = 500;
/** Typed key by key into the search box; each is cleared before the next. */
const SEARCHES = ['harbour fog', 'study 4242', 'owl linocut', 'tram snow watercolour', 'zebra'];
const IMAGE_EDGE = 512;
const SCROLL_JOBS = 100;
/** Loads timed after one warm-up load. */
const LOADS = 3;

type Snapshot = {
  heap: number;
  nodes: number;
  liveUrls: number;
  createdUrls: number;
  images: number;
  cards: number;
};

/** Reloads a page in front and answers its probe once it has seen `until`. */
async function timedLoad(page: Page, until: keyof HistoryProbe): Promise<HistoryProbe> {
  await page.bringToFront();
  await page.reload();
  return waitForHistoryProbe(page, until);
}

/** `LOADS + 1` loads of each page, in turns; answers the probes of all but the first of each. */
async function alternateLoads(
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
async function snapshot(
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

/** Scrolls the History column a screen at a time until job `SCROLL_JOBS` is on screen; answers the time taken. */
async function scrollThroughJobs(page: Page): Promise<number> {
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
    }, SCROLL_JOBS);
    if (reached) return performance.now() - started;
    // A frame for the thumbnails coming into view, and for the next page of jobs.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30))));
  }
  throw new Error(`The History column never showed job ${SCROLL_JOBS}.`);
}

/** Rows a search's outcome is told by: those the first screen of the column shows. */
const ROWS_SEEN = 2;

/** The newest `count` jobs (by number) whose prompt matches `typed`, by the studio's rule. */
function matchingJobs(typed: string, count: number): number[] {
  const words = typed.toLowerCase().split(/\s+/).filter(Boolean);
  const found: number[] = [];
  for (let i = JOBS - 1; i >= 0 && found.length < count; i--) {
    if (words.every((word) => benchPrompt(i).toLowerCase().includes(word))) found.push(i);
  }
  return found;
}

/** The prompts of the first rows once `typed` is the search (none: nothing matches). */
const expectedRows = (typed: string): string[] => matchingJobs(typed, ROWS_SEEN).map(benchPrompt);

/**
 * The jobs whose images are stored: the newest, and the first page of every search the bench
 * types (a key at a time), so every card it shows has its thumbnails, as in a history whose
 * images were all kept, without storing 500,000 of them.
 */
function jobsWithBlobs(): number[] {
  const shown = new Set<number>();
  for (let i = Math.max(0, JOBS - NEWEST_WITH_BLOBS); i < JOBS; i++) shown.add(i);
  for (const query of SEARCHES) {
    for (let k = 1; k <= query.length; k++) matchingJobs(query.slice(0, k), 21).forEach((i) => shown.add(i));
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

type SearchTimes = {
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
async function typeSearches(page: Page): Promise<SearchTimes[]> {
  const results: SearchTimes[] = [];
  await page.getByLabel('Search history').click();
  for (const query of SEARCHES) {
    const keys: SearchTimes['keys'] = [];
    let shown = expectedRows('');
    for (let k = 1; k <= query.length; k++) {
      const typed = query.slice(0, k);
      const expected = expectedRows(typed);
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
    await armSearchProbe(page, expectedRows(''));
    await page.keyboard.press('Backspace');
    const clear = (await waitForSearchProbe(page)).shown;
    await settle(page);
    results.push({ query, keys, clear });
  }
  return results;
}

const snapshotRows = (s: Snapshot): [string, string][] => [
  ['JS heap used', mib(s.heap)],
  ['DOM nodes', String(s.nodes)],
  ['job cards / <img> mounted', `${s.cards} / ${s.images}`],
  ['blob: URLs live (made)', `${s.liveUrls} (${s.createdUrls})`],
];

runBench(
  'history-open',
  async (defer) => {
    printHeading('history-open', `opening a history of ${JOBS} jobs / ${JOBS * IMAGES_PER_JOB} images`);
    const distDir = await ensureStudioBuild();
    const studio = await startBenchStudio(distDir);
    defer(() => studio.close());
    // IndexedDB on disk, as a user's browser keeps it (a throwaway context keeps it in memory).
    const profile = benchPath(`history-profile-${process.pid}`);
    defer(() => rmSync(profile, { recursive: true, force: true }));
    // Two sites, so each page has its own renderer; `localhost` is sent to the studio's IPv4 address.
    const context = await launchPersistentChromium(profile, [
      '--host-resolver-rules=MAP localhost 127.0.0.1',
    ]);
    defer(() => context.close());
    await addInitFunction(context, installObjectUrlCounter, undefined);
    await addInitFunction(context, installHistoryProbe, undefined);
    await addInitFunction(context, installSearchProbe, undefined);
    const emptyUrl = studio.url;
    const seededUrl = studio.url.replace('127.0.0.1', 'localhost');
    if (seededUrl === emptyUrl) throw new Error(`The studio is not at 127.0.0.1: ${studio.url}`);
    const emptyPage = context.pages()[0] ?? (await context.newPage());
    await emptyPage.goto(emptyUrl);
    let seededPage = await context.newPage();
    await seededPage.goto(seededUrl);
    // The studio creates its database (at its own version) before the bench fills it.
    await waitForHistoryProbe(seededPage, 'listed');

    const blobJobs = jobsWithBlobs();
    const seeded = await seedHistory(seededPage, {
      dbName: HISTORY_DB_NAME,
      jobs: JOBS,
      imagesPerJob: IMAGES_PER_JOB,
      jobsWithBlobs: blobJobs,
      thumbEdge: THUMBNAIL_EDGE,
      imageEdge: IMAGE_EDGE,
    });

    const { empty, seeded: full } = await alternateLoads(emptyPage, seededPage);

    // Memory is read with one page open, so nothing of the other counts.
    await seededPage.close();
    await timedLoad(emptyPage, 'listed');
    const emptySnapshot = await snapshot(emptyPage, await metricsReader(emptyPage));
    seededPage = await context.newPage();
    await seededPage.goto(seededUrl);
    await waitForHistoryProbe(seededPage, 'firstThumb');
    await emptyPage.close();
    const metrics = await metricsReader(seededPage);
    const loadSnapshot = await snapshot(seededPage, metrics);
    const scrollMs = await scrollThroughJobs(seededPage);
    const scrolledSnapshot = await snapshot(seededPage, metrics);

    await timedLoad(seededPage, 'firstThumb');
    const searches = await typeSearches(seededPage);
    const searchedSnapshot = await snapshot(seededPage, metrics);

    const emptyReady = median(empty.map((p) => p.listed ?? Number.NaN));
    const firstThumb = median(full.map((p) => p.firstThumb ?? Number.NaN));
    const firstCard = median(full.map((p) => p.firstCard ?? Number.NaN));
    const list = (probes: HistoryProbe[], field: keyof HistoryProbe) =>
      probes.map((p) => (p[field] ?? Number.NaN).toFixed(0)).join(', ');
    const keyTimes = searches.flatMap((search) => search.keys.map((key) => key.ms));
    const floorTimes = searches.flatMap((search) => search.keys.map((key) => key.floor));
    const tileTimes = searches.flatMap((search) => search.keys.map((key) => key.tiles));

    printBlock(
      `Empty history (baseline, on its own origin), median of ${LOADS} loads after a warm-up, in turns with the seeded page's:`,
      [
        ['history listed (empty note)', `${ms(emptyReady, 0)}  (loads: ${list(empty, 'listed')})`],
        ...snapshotRows(emptySnapshot),
      ],
    );
    printBlock(
      `Seeded: ${JOBS} jobs × ${IMAGES_PER_JOB} images; ${blobJobs.length} (the newest and those the searches show) with ${THUMBNAIL_EDGE} px WebP thumbnails (${mib(seeded.thumbBytes)}) and ${IMAGE_EDGE} px WebP images (${mib(seeded.imageBytes)}) stored; written in ${ms(seeded.ms, 0)}; median of ${LOADS} loads after a warm-up:`,
      [
        ['first job card', `${ms(firstCard, 0)}  (loads: ${list(full, 'firstCard')})`],
        ['first thumbnail loaded', `${ms(firstThumb, 0)}  (loads: ${list(full, 'firstThumb')})`],
        ...snapshotRows(loadSnapshot),
      ],
    );
    printBlock(`Seeded, after scrolling the History column to job ${SCROLL_JOBS} (one screen at a time):`, [
      ['time taken', ms(scrollMs, 0)],
      ...snapshotRows(scrolledSnapshot),
    ]);
    printBlock('Searches typed key by key (ms from the key to the first row of the filtered list):', [
      ...searches.map((search): [string, string] => [
        `"${search.query}"`,
        `${search.keys.map((key) => `${key.typed.replace(/ /g, '·')} ${key.ms.toFixed(1)}`).join(', ')}; cleared ${search.clear.toFixed(1)}`,
      ]),
      ['first key after opening the page', ms(keyTimes[0] ?? Number.NaN)],
      ['every key timed', describeSpread(spread(keyTimes))],
      ["the same keys to the first row's image tiles", describeSpread(spread(tileTimes))],
      ['floor: the same keys to their next frame', describeSpread(spread(floorTimes))],
      ...snapshotRows(searchedSnapshot),
    ]);
    printBlock('Ratios, seeded / empty:', [
      ['first thumbnail / empty history listed', times(firstThumb / emptyReady)],
      ['JS heap after load', times(loadSnapshot.heap / emptySnapshot.heap)],
      ['JS heap after scrolling', times(scrolledSnapshot.heap / emptySnapshot.heap)],
    ]);
    printBlock(`Ratios, after scrolling to job ${SCROLL_JOBS} / after load:`, [
      ['DOM nodes', times(scrolledSnapshot.nodes / loadSnapshot.nodes)],
      ['JS heap', times(scrolledSnapshot.heap / loadSnapshot.heap)],
    ]);
  },
  // Seeding takes about a millisecond a row on a busy machine.
  300_000 + JOBS * 15,
);
