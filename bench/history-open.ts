/**
 * A long history (`npx tsx bench/history-open.ts [jobs…]`, 5,000 and 50,000 jobs unless told),
 * each in a fresh profile: time to the first thumbnail and memory, after load and after
 * scrolling through 100 jobs; the baseline is the same page with an empty history. The two
 * histories live on two origins of the same studio (IndexedDB is per origin), so the timed loads
 * alternate between them and a change in the machine's load falls on both alike. Then searches
 * typed into the History column, key by key: the time from each key to the filtered list's first
 * row, beside the floor of the key's next frame; and the prompt search alone (the studio's prompt
 * index over the same jobs' keys, in a page of its own). Last, the goals of issue 20.
 */
import type { Browser } from '@playwright/test';
import { rmSync } from 'node:fs';
import { HISTORY_DB_NAME } from '../src/features/history/db.ts';
import { THUMBNAIL_EDGE } from '../src/features/history/thumbnail.ts';
import { addInitFunction, launchChromium, launchPersistentChromium } from './support/browser.ts';
import { ensureStudioBuild } from './support/build.ts';
import { metricsReader } from './support/cdp.ts';
import {
  alternateLoads,
  LOADS,
  scrollThroughJobs,
  snapshot,
  snapshotRows,
  timedLoad,
} from './support/history-page.ts';
import { jobsWithBlobs, SEARCHES, typeSearches } from './support/history-search.ts';
import { seedHistory } from './support/history-seed.ts';
import { benchPath } from './support/paths.ts';
import {
  installHistoryProbe,
  installObjectUrlCounter,
  installSearchProbe,
  waitForHistoryProbe,
  type HistoryProbe,
} from './support/probes.ts';
import { timePromptScan } from './support/prompt-scan.ts';
import { runBench, type Defer } from './support/run.ts';
import { describeSpread, median, mib, ms, printBlock, printHeading, spread, times } from './support/stats.ts';
import { startBenchStudio } from './support/studio.ts';

const COUNTS = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [5000, 50_000];
if (COUNTS.some((n) => !Number.isInteger(n) || n < 200))
  throw new Error(`history-open takes job counts of 200 or more, not ${process.argv.slice(2).join(' ')}.`);
const IMAGES_PER_JOB = 10;
/** The newest jobs whose images are stored too: all the bench shows before searching, and more. */
const NEWEST_WITH_BLOBS = 500;
const IMAGE_EDGE = 512;
const SCROLL_JOBS = 100;
/** The goals of issue 20: ratios to the floor measured in the same run, and a frame for the search. */
const GOALS = { firstThumb: 1.3, heap: 1.3, searchMs: 16 };

type Figures = {
  jobs: number;
  firstThumbRatio: number;
  heapRatio: number;
  /** Key to the filtered list's first row, every key timed. */
  keyMs: number[];
  /** The same keys to their next frame. */
  floorMs: number[];
  /** The prompt index's answer alone, every prefix typed: the count read and the scan. */
  searchMs: number[];
  /** The scan of the keys in memory alone. */
  scanMs: number[];
};

/** One history of `jobs` jobs, in a profile of its own, measured and printed. */
async function measure(jobs: number, studioUrl: string, browser: Browser): Promise<Figures> {
  printHeading('history-open', `opening a history of ${jobs} jobs / ${jobs * IMAGES_PER_JOB} images`);
  const cleanups: (() => unknown)[] = [];
  try {
    // IndexedDB on disk, as a user's browser keeps it (a throwaway context keeps it in memory).
    const profile = benchPath(`history-profile-${process.pid}-${jobs}`);
    cleanups.push(() => rmSync(profile, { recursive: true, force: true }));
    // Two sites, so each page has its own renderer; `localhost` is sent to the studio's IPv4 address.
    const context = await launchPersistentChromium(profile, [
      '--host-resolver-rules=MAP localhost 127.0.0.1',
    ]);
    cleanups.push(() => context.close());
    await addInitFunction(context, installObjectUrlCounter, undefined);
    await addInitFunction(context, installHistoryProbe, undefined);
    await addInitFunction(context, installSearchProbe, undefined);
    const emptyUrl = studioUrl;
    const seededUrl = studioUrl.replace('127.0.0.1', 'localhost');
    if (seededUrl === emptyUrl) throw new Error(`The studio is not at 127.0.0.1: ${studioUrl}`);
    const emptyPage = context.pages()[0] ?? (await context.newPage());
    await emptyPage.goto(emptyUrl);
    let seededPage = await context.newPage();
    await seededPage.goto(seededUrl);
    // The studio creates its database (at its own version) before the bench fills it.
    await waitForHistoryProbe(seededPage, 'listed');

    const blobJobs = jobsWithBlobs(jobs, NEWEST_WITH_BLOBS);
    const seeded = await seedHistory(seededPage, {
      dbName: HISTORY_DB_NAME,
      jobs,
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
    const scrollMs = await scrollThroughJobs(seededPage, SCROLL_JOBS);
    const scrolledSnapshot = await snapshot(seededPage, metrics);

    await timedLoad(seededPage, 'firstThumb');
    const searches = await typeSearches(seededPage, jobs);
    const searchedSnapshot = await snapshot(seededPage, metrics);
    const scan = await timePromptScan(browser, jobs, SEARCHES);

    const emptyReady = median(empty.map((p) => p.listed ?? Number.NaN));
    const firstThumb = median(full.map((p) => p.firstThumb ?? Number.NaN));
    const firstCard = median(full.map((p) => p.firstCard ?? Number.NaN));
    const list = (probes: HistoryProbe[], field: keyof HistoryProbe) =>
      probes.map((p) => (p[field] ?? Number.NaN).toFixed(0)).join(', ');
    const keyMs = searches.flatMap((search) => search.keys.map((key) => key.ms));
    const floorMs = searches.flatMap((search) => search.keys.map((key) => key.floor));
    const tileMs = searches.flatMap((search) => search.keys.map((key) => key.tiles));
    const searchMs = scan.keys.map((key) => key.ms);
    const scanMs = scan.keys.map((key) => key.scanMs);

    printBlock(
      `Empty history (baseline, on its own origin), median of ${LOADS} loads after a warm-up, in turns with the seeded page's:`,
      [
        ['history listed (empty note)', `${ms(emptyReady, 0)}  (loads: ${list(empty, 'listed')})`],
        ...snapshotRows(emptySnapshot),
      ],
    );
    printBlock(
      `Seeded: ${jobs} jobs × ${IMAGES_PER_JOB} images; ${blobJobs.length} (the newest and those the searches show) with ${THUMBNAIL_EDGE} px WebP thumbnails (${mib(seeded.thumbBytes)}) and ${IMAGE_EDGE} px WebP images (${mib(seeded.imageBytes)}) stored; written in ${ms(seeded.ms, 0)}; median of ${LOADS} loads after a warm-up:`,
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
      ['first key after opening the page', ms(keyMs[0] ?? Number.NaN)],
      ['every key timed', describeSpread(spread(keyMs))],
      ["the same keys to the first row's image tiles", describeSpread(spread(tileMs))],
      ['floor: the same keys to their next frame', describeSpread(spread(floorMs))],
      ...snapshotRows(searchedSnapshot),
    ]);
    printBlock(`The prompt search alone (the prompt index over ${jobs} jobs' keys, every prefix typed):`, [
      ['first read of every key', ms(scan.loadMs)],
      ['each prefix: the count read, then the scan', describeSpread(spread(searchMs), (v) => ms(v, 2))],
      [
        '  the count read alone',
        describeSpread(spread(scan.keys.map((key) => key.countMs)), (v) => ms(v, 2)),
      ],
      ['  the scan alone', describeSpread(spread(scanMs), (v) => ms(v, 2))],
      ['slowest', scan.keys.reduce((a, b) => (b.ms > a.ms ? b : a)).typed],
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
    return {
      jobs,
      firstThumbRatio: firstThumb / emptyReady,
      heapRatio: scrolledSnapshot.heap / loadSnapshot.heap,
      keyMs,
      floorMs,
      searchMs,
      scanMs,
    };
  } finally {
    for (let cleanup = cleanups.pop(); cleanup; cleanup = cleanups.pop()) await cleanup();
  }
}

const verdict = (value: number, goal: number, show: (v: number) => string) =>
  `${show(value)} ${value <= goal ? 'met' : 'MISSED'}`;

function printGoals(all: Figures[]): void {
  const each = (pick: (f: Figures) => string) => all.map((f) => `${f.jobs}: ${pick(f)}`).join('   ');
  const worst = (values: number[]) => Math.max(...values);
  printBlock('Goals (issue 20), by job count:', [
    [
      `first thumbnail / empty page (≤ ${times(GOALS.firstThumb)})`,
      each((f) => verdict(f.firstThumbRatio, GOALS.firstThumb, times)),
    ],
    [
      `heap after scrolling / after load (≤ ${times(GOALS.heap)})`,
      each((f) => verdict(f.heapRatio, GOALS.heap, times)),
    ],
    [
      `prompt search, slowest prefix (≤ ${GOALS.searchMs} ms)`,
      each((f) => verdict(worst(f.searchMs), GOALS.searchMs, (v) => ms(v, 2))),
    ],
    ['  of which the scan of the keys in memory', each((f) => ms(worst(f.scanMs), 2))],
    [
      'key to first row, p50 / max (floor: next frame, p50)',
      each((f) => {
        const keys = spread(f.keyMs);
        return `${ms(keys.p50)} / ${ms(keys.max)} (${ms(median(f.floorMs))})`;
      }),
    ],
  ]);
}

runBench(
  'history-open',
  async (defer: Defer) => {
    const distDir = await ensureStudioBuild();
    const studio = await startBenchStudio(distDir);
    defer(() => studio.close());
    const browser = await launchChromium();
    defer(() => browser.close());
    const all: Figures[] = [];
    for (const jobs of COUNTS) all.push(await measure(jobs, studio.url, browser));
    printGoals(all);
  },
  // Seeding takes about a millisecond a row on a busy machine; each history is measured apart.
  COUNTS.reduce((total, jobs) => total + 300_000 + jobs * 15, 0),
);
