/**
 * Opening a history of 500 jobs / 5,000 images: time to the first thumbnail and memory, after
 * load and after scrolling through 100 jobs; the baseline is the same page with an empty history.
 * The two histories live on two origins of the same studio (IndexedDB is per origin), so the
 * timed loads alternate between them and a change in the machine's load falls on both alike.
 */
import type { Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { HISTORY_DB_NAME } from '../src/features/history/db.ts';
import { THUMBNAIL_EDGE } from '../src/features/history/thumbnail.ts';
import { addInitFunction, launchPersistentChromium } from './support/browser.ts';
import { ensureStudioBuild } from './support/build.ts';
import { metricsReader, type Metrics } from './support/cdp.ts';
import { benchJobs, seedHistoryInPage } from './support/history-seed.ts';
import { benchPath } from './support/paths.ts';
import {
  installHistoryProbe,
  installObjectUrlCounter,
  readObjectUrls,
  waitForHistoryProbe,
  type HistoryProbe,
} from './support/probes.ts';
import { runBench } from './support/run.ts';
import { median, mib, ms, printBlock, printHeading, times } from './support/stats.ts';
import { startBenchStudio } from './support/studio.ts';

const JOBS = 500;
const IMAGES_PER_JOB = 10;
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
      // A virtual list mounts only the cards near the screen; each row carries its job's index.
      const card = column.querySelector(`[data-index="${target - 1}"]`);
      if (card && card.getBoundingClientRect().top < column.getBoundingClientRect().bottom) return true;
      column.scrollBy(0, column.clientHeight);
      return false;
    }, SCROLL_JOBS);
    if (reached) return performance.now() - started;
    // A frame for the thumbnails coming into view, and for the next page of jobs.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30))));
  }
  throw new Error(`The History column never showed job ${SCROLL_JOBS}.`);
}

const snapshotRows = (s: Snapshot): [string, string][] => [
  ['JS heap used', mib(s.heap)],
  ['DOM nodes', String(s.nodes)],
  ['job cards / <img> mounted', `${s.cards} / ${s.images}`],
  ['blob: URLs live (made)', `${s.liveUrls} (${s.createdUrls})`],
];

runBench('history-open', async (defer) => {
  printHeading('history-open', `opening a history of ${JOBS} jobs / ${JOBS * IMAGES_PER_JOB} images`);
  const distDir = await ensureStudioBuild();
  const studio = await startBenchStudio(distDir);
  defer(() => studio.close());
  // IndexedDB on disk, as a user's browser keeps it (a throwaway context keeps it in memory).
  const profile = benchPath(`history-profile-${process.pid}`);
  defer(() => rmSync(profile, { recursive: true, force: true }));
  // Two sites, so each page has its own renderer; `localhost` is sent to the studio's IPv4 address.
  const context = await launchPersistentChromium(profile, ['--host-resolver-rules=MAP localhost 127.0.0.1']);
  defer(() => context.close());
  await addInitFunction(context, installObjectUrlCounter, undefined);
  await addInitFunction(context, installHistoryProbe, undefined);
  const emptyUrl = studio.url;
  const seededUrl = studio.url.replace('127.0.0.1', 'localhost');
  if (seededUrl === emptyUrl) throw new Error(`The studio is not at 127.0.0.1: ${studio.url}`);
  const emptyPage = context.pages()[0] ?? (await context.newPage());
  await emptyPage.goto(emptyUrl);
  let seededPage = await context.newPage();
  await seededPage.goto(seededUrl);

  const jobs = benchJobs(JOBS, IMAGES_PER_JOB, IMAGE_EDGE);
  const seeded = await seededPage.evaluate(seedHistoryInPage, {
    dbName: HISTORY_DB_NAME,
    jobs,
    thumbEdge: THUMBNAIL_EDGE,
    imageEdge: IMAGE_EDGE,
    variants: 10,
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

  const emptyReady = median(empty.map((p) => p.listed ?? Number.NaN));
  const firstThumb = median(full.map((p) => p.firstThumb ?? Number.NaN));
  const firstCard = median(full.map((p) => p.firstCard ?? Number.NaN));
  const list = (probes: HistoryProbe[], field: keyof HistoryProbe) =>
    probes.map((p) => (p[field] ?? Number.NaN).toFixed(0)).join(', ');

  printBlock(
    `Empty history (baseline, on its own origin), median of ${LOADS} loads after a warm-up, in turns with the seeded page's:`,
    [
      ['history listed (empty note)', `${ms(emptyReady, 0)}  (loads: ${list(empty, 'listed')})`],
      ...snapshotRows(emptySnapshot),
    ],
  );
  printBlock(
    `Seeded: ${JOBS} jobs × ${IMAGES_PER_JOB} images, ${THUMBNAIL_EDGE} px WebP thumbnails (${mib(seeded.thumbBytes)}), ${IMAGE_EDGE} px WebP images (${mib(seeded.imageBytes)}), written in ${ms(seeded.ms, 0)}; median of ${LOADS} loads after a warm-up:`,
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
  printBlock('Ratios, seeded / empty:', [
    ['first thumbnail / empty history listed', times(firstThumb / emptyReady)],
    ['JS heap after load', times(loadSnapshot.heap / emptySnapshot.heap)],
    ['JS heap after scrolling', times(scrolledSnapshot.heap / emptySnapshot.heap)],
  ]);
  printBlock(`Ratios, after scrolling to job ${SCROLL_JOBS} / after load:`, [
    ['DOM nodes', times(scrolledSnapshot.nodes / loadSnapshot.nodes)],
    ['JS heap', times(scrolledSnapshot.heap / loadSnapshot.heap)],
  ]);
});
