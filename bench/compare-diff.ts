/**
 * Opening a comparison of two 3840×2160 results in the difference view: the longest
 * main-thread task while the board decodes, compares and draws. The baseline, in the same
 * run and browser, is a bare page decoding the same two images and putting them on screen.
 * The real CompareView is mounted on a small page built with Vite (bench/support/compare-diff-*),
 * with its compare worker, as the studio bundles it.
 */
import type { Browser, Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { build, preview } from 'vite';
import { addInitFunction, ISOLATION_HEADERS, launchChromium, VIEWPORT } from './support/browser.ts';
import { makeSourcePng } from './support/images.ts';
import { benchPath, repoPath, REPO_ROOT } from './support/paths.ts';
import { runBench } from './support/run.ts';
import { longestTracedTask } from './support/trace.ts';
import { median, ms, printBlock, printHeading, times } from './support/stats.ts';

const WIDTH = 3840;
const HEIGHT = 2160;
/** Page loads timed for each side, taken in turns, after one warm-up of each. */
const RUNS = 5;
const OUT = 'compare-diff';

type PageFigures = {
  /** Longest task the Long Tasks API reported (it reports only tasks of 50 ms or more); 0 if none. */
  longestLongTask: number;
  longTasks: number;
  elapsed: number;
  readout: string;
};
type Figures = PageFigures & {
  /** Longest top-level task on the page's main thread in a Chromium trace, whatever its length. */
  longestTracedTask: number;
};

/** Runs in the page before its scripts: keeps every long task the Long Tasks API reports. */
function installLongTaskProbe(): void {
  const tasks: { start: number; duration: number }[] = [];
  Object.assign(globalThis, { __benchLongTasks: tasks });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** In the page: `action` (the board or the floor) opens both images; answers the long tasks meanwhile. */
async function measureInPage(input: {
  action: Action;
  a: string;
  b: string;
  width: number;
  height: number;
}): Promise<PageFigures> {
  type Bench = Record<Action, (a: object, b: object) => Promise<string>>;
  const tasks = (globalThis as unknown as { __benchLongTasks: { start: number; duration: number }[] })
    .__benchLongTasks;
  const bench = (globalThis as unknown as { CompareBench: Bench }).CompareBench;
  const size = { width: input.width, height: input.height };
  const started = performance.now();
  const readout = await bench[input.action]({ url: input.a, ...size }, { url: input.b, ...size });
  const elapsed = performance.now() - started;
  // A long task is reported after it ends; give the observer a moment.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const during = tasks.filter((task) => task.start + task.duration >= started);
  return {
    longestLongTask: Math.max(0, ...during.map((task) => task.duration)),
    longTasks: during.length,
    elapsed,
    readout,
  };
}

async function buildPage(): Promise<string> {
  const outDir = benchPath(OUT);
  await build({
    root: REPO_ROOT,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    plugins: [react()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: { input: repoPath('bench/support/compare-diff.html') },
    },
  });
  return outDir;
}

/** Two 4K results of one prompt: the same picture, the second with a shape added. */
async function writeImages(outDir: string): Promise<void> {
  const first = await makeSourcePng(WIDTH, HEIGHT);
  const shape = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
    <circle cx="${WIDTH * 0.7}" cy="${HEIGHT * 0.3}" r="${HEIGHT * 0.15}" fill="#e76f51"/></svg>`;
  const second = await sharp(first)
    .composite([{ input: Buffer.from(shape) }])
    .png()
    .toBuffer();
  writeFileSync(`${outDir}/a.png`, first);
  writeFileSync(`${outDir}/b.png`, second);
}

type Action = 'openDifference' | 'decodeBare';

/** A fresh load of the page (nothing decoded yet), then `action` measured under a trace. */
async function measure(browser: Browser, page: Page, url: string, action: Action): Promise<Figures> {
  await page.goto(url);
  await page.waitForFunction(() => 'CompareBench' in globalThis);
  await page.waitForTimeout(300);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel'] });
  const figures = await page.evaluate(measureInPage, {
    action,
    a: '/a.png',
    b: '/b.png',
    width: WIDTH,
    height: HEIGHT,
  });
  return { ...figures, longestTracedTask: longestTracedTask(await browser.stopTracing()) };
}

runBench('compare-diff', async (defer) => {
  printHeading('compare-diff', `difference view of two ${WIDTH}×${HEIGHT} results, longest main-thread task`);
  const outDir = await buildPage();
  await writeImages(outDir);
  const server = await preview({
    root: REPO_ROOT,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, headers: ISOLATION_HEADERS },
  });
  defer(() => server.close());
  const origin = server.resolvedUrls?.local[0];
  if (!origin) throw new Error('The bench page server has no address.');
  const url = new URL('bench/support/compare-diff.html', origin).href;

  const browser = await launchChromium();
  defer(() => browser.close());
  const page = await browser.newPage({ viewport: VIEWPORT });
  await addInitFunction(page, installLongTaskProbe, null);

  const board: Figures[] = [];
  const floor: Figures[] = [];
  await measure(browser, page, url, 'openDifference');
  await measure(browser, page, url, 'decodeBare');
  for (let run = 0; run < RUNS; run++) {
    board.push(await measure(browser, page, url, 'openDifference'));
    floor.push(await measure(browser, page, url, 'decodeBare'));
  }

  const med = (figures: Figures[], pick: (f: Figures) => number) => median(figures.map(pick));
  const row = (figures: Figures[]) =>
    `longest task ${ms(med(figures, (f) => f.longestTracedTask))} (worst ${ms(
      Math.max(...figures.map((f) => f.longestTracedTask)),
    )}); Long Tasks API: ${med(figures, (f) => f.longTasks)} long tasks, longest ${ms(
      med(figures, (f) => f.longestLongTask),
    )}; done in ${ms(
      med(figures, (f) => f.elapsed),
      0,
    )}`;
  const boardTask = med(board, (f) => f.longestTracedTask);
  const floorTask = med(floor, (f) => f.longestTracedTask);
  printBlock(`Medians of ${RUNS} fresh page loads each, taken in turns:`, [
    ['difference view (CompareView + worker)', row(board)],
    ['floor: bare page decoding both', row(floor)],
    ['readout on the board', board[0]?.readout ?? ''],
    ['ratio board / floor, longest task', times(boardTask / floorTask)],
  ]);
});
