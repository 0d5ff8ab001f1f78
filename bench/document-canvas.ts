/**
 * A 3840×2160 document of a base and 10 layers: flattening it and writing its PSD in the
 * document worker, against a floor of one plain OffscreenCanvas drawImage per picture in a
 * worker of the same page; the longest main-thread task meanwhile; and pan and zoom frame
 * times with the 10 layers on the studio's canvas, against the same canvas with the base only.
 * The studio's own modules run on a small page built with Vite (bench/support/document-canvas-*).
 */
import type { Browser, Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { linkSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { addInitFunction, ISOLATION_HEADERS, launchChromium } from './support/browser.ts';
import {
  gestureRows,
  intervalP95,
  mainThreadPerFrame,
  zoomThenPan,
  type Gesture,
} from './support/canvas-gestures.ts';
import { arrivalRound, printArrivals, type ArrivalStep } from './support/arrival-rounds.ts';
import { documentFiles, type LayerSpec } from './support/document-images.ts';
import { installLongTaskProbe } from './support/module-page.ts';
import { benchPath, repoPath, REPO_ROOT } from './support/paths.ts';
import { installListenerTimer, installReactCommitCounter } from './support/probes.ts';
import { runBench } from './support/run.ts';
import { median, mib, ms, printBlock, printHeading, times } from './support/stats.ts';
import { withTrace } from './support/trace.ts';

const WIDTH = 3840;
const HEIGHT = 2160;
const LAYERS = 10;
/** Results staged on the document in the arrival rounds: one inpaint job's four images. */
const CANDIDATES = 4;
/** Arrival rounds (floor, open, stage, accept, close), each step under a trace. */
const ARRIVALS = 3;
/** `npx tsx bench/document-canvas.ts arrival` runs the arrival rounds alone. */
const ARRIVAL_ONLY = process.argv.slice(2).includes('arrival');
/** Timed runs of each worker task, taken in turns, after a warm-up on a small document. */
const RUNS = 3;
/** The stage's box: a whole 1280×800 window, more room than the studio gives its canvas. */
const STAGE = { width: 1280, height: 800 };
const OUT = 'document-canvas';
/** About 1.5 min on a quiet 2-core machine; run-all's own limit under heavy load from other work. */
const LIMIT_MS = 6 * 60_000;

type Timed = { ms: number; bytes: number; width: number; height: number };
type TaskName = 'floor' | 'flatten' | 'writePsd';
type TaskRun = Timed & { longestTask: number; longestThreadTime: number; longTask: number };
type Mount = { ms: number; longestTask: number; longestThreadTime: number };
type CanvasRound = { mount: Mount; zoom: Gesture; pan: Gesture };

type Bench = {
  load: (d: {
    width: number;
    height: number;
    base: string;
    layers: LayerSpec[];
    candidates: LayerSpec[];
  }) => Promise<number>;
  warmUp: () => Promise<void>;
  prepareCanvas: (count: number) => Promise<void>;
  showCanvas: () => Promise<{ ms: number; images: number }>;
  hideCanvas: () => void;
  closeLayered: () => Promise<void>;
} & Record<TaskName, () => Promise<Timed>> &
  Record<ArrivalStep, () => Promise<{ ms: number }>>;

/** Calls the page's DocumentBench (a function sent to the page cannot reach this module's names). */
function call<K extends keyof Bench>(
  page: Page,
  method: K,
  ...args: Parameters<Bench[K]>
): Promise<Awaited<ReturnType<Bench[K]>>> {
  type Result = Awaited<ReturnType<Bench[K]>>;
  return page.evaluate(
    ({ method, args }) =>
      (
        (globalThis as unknown as { DocumentBench: Record<string, (...a: unknown[]) => Promise<Result>> })
          .DocumentBench[method] as (...a: unknown[]) => Promise<Result>
      )(...args),
    { method, args },
  ) as Promise<Result>;
}

/** The Long Tasks API's longest task since `since` (page time); 0 when none reached 50 ms. */
const longestSince = (page: Page, since: number) =>
  page.evaluate(
    (t) => (globalThis as unknown as { __longestTaskSince: (t: number) => number }).__longestTaskSince(t),
    since,
  );
const pageNow = (page: Page) => page.evaluate(() => performance.now());
const sleep = (time: number) => new Promise((resolve) => setTimeout(resolve, time));
const longTaskText = (value: number) => (value > 0 ? ms(value) : 'none over 50 ms');

async function buildPage(): Promise<string> {
  const outDir = benchPath(OUT);
  await build({
    root: REPO_ROOT,
    configFile: false,
    publicDir: false,
    // Errors only: the page's chunks are large on purpose (Konva, ag-psd), which is no figure.
    logLevel: 'error',
    plugins: [react()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    worker: { format: 'es' },
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: { input: repoPath('bench/support/document-canvas.html') },
    },
  });
  return outDir;
}

/** One worker task from the page, under a trace; with the Long Tasks API's longest meanwhile. */
async function runTask(browser: Browser, page: Page, name: TaskName): Promise<TaskRun> {
  const since = await pageNow(page);
  const { result, longestTask, longestThreadTime } = await withTrace(browser, page, () => call(page, name));
  // Long tasks are reported a little after they end.
  await sleep(100);
  return { ...result, longestTask, longestThreadTime, longTask: await longestSince(page, since) };
}

/**
 * Mounts the canvas with `count` layers (their pictures stored first, untimed) under a trace,
 * then zooms and pans.
 */
async function canvasRound(browser: Browser, page: Page, count: number): Promise<CanvasRound> {
  await call(page, 'prepareCanvas', count);
  const { result, longestTask, longestThreadTime } = await withTrace(browser, page, async () => {
    const shown = await call(page, 'showCanvas');
    await sleep(300);
    return shown;
  });
  if (result.images !== count + 1)
    throw new Error(`${result.images} pictures on the stage, not ${count + 1}.`);
  const mount = { ms: result.ms, longestTask, longestThreadTime };
  const { zoom, pan } = await zoomThenPan(page, 'DocumentBench', STAGE);
  await call(page, 'hideCanvas');
  await sleep(300);
  return { mount, zoom, pan };
}

function printTasks(runs: Record<TaskName, TaskRun[]>, heading: string): void {
  const medianOf = (name: TaskName) => median(runs[name].map((r) => r.ms));
  const fastestOf = (name: TaskName) => Math.min(...runs[name].map((r) => r.ms));
  const row = (name: TaskName, what: string): [string, string] => [
    what,
    `${ms(medianOf(name), 0)}  (runs: ${runs[name].map((r) => r.ms.toFixed(0)).join(', ')}; ${mib(runs[name][0]?.bytes ?? 0)} out)`,
  ];
  const ratio = (name: TaskName): [string, string] => [
    `ratio ${name} / floor`,
    // Under load a median can land on a run that waited for the CPU; the fastest runs waited least.
    `${times(medianOf(name) / medianOf('floor'))}  (fastest runs ${times(fastestOf(name) / fastestOf('floor'))})`,
  ];
  const worst = (name: TaskName, pick: (r: TaskRun) => number) => Math.max(...runs[name].map(pick));
  const flat = runs.flatten[0];
  printBlock(heading, [
    row('flatten', 'flatten (document worker)'),
    ['  flattened PNG', flat ? `${flat.width}×${flat.height}` : '?'],
    row('writePsd', 'writePsd (document worker)'),
    row('floor', 'floor: createImageBitmap + drawImage ×11 + PNG'),
    ratio('flatten'),
    ratio('writePsd'),
    ...(['flatten', 'writePsd', 'floor'] as const).map((name): [string, string] => [
      `longest main-thread task: ${name}`,
      `${ms(worst(name, (r) => r.longestTask))}, thread time ${ms(worst(name, (r) => r.longestThreadTime))} (trace, worst of ${RUNS}); Long Tasks API: ${longTaskText(worst(name, (r) => r.longTask))}`,
    ]),
  ]);
}

function printCanvas(layered: CanvasRound[], floor: CanvasRound[]): void {
  const mountRow = (label: string, rounds: CanvasRound[]): [string, string] => [
    label,
    rounds
      .map(
        ({ mount }) =>
          `${ms(mount.ms, 0)}, longest task ${ms(mount.longestTask, 0)} (thread time ${ms(mount.longestThreadTime, 0)})`,
      )
      .join('; '),
  ];
  const zooms = (rounds: CanvasRound[]) => rounds.map((r) => r.zoom);
  const pans = (rounds: CanvasRound[]) => rounds.map((r) => r.pan);
  printBlock(
    `Canvas (MaskStage + DocumentPicture, stage ${STAGE.width}×${STAGE.height}; floor, layers, floor):`,
    [
      mountRow(`on the stage, ${LAYERS} layers`, layered),
      mountRow('on the stage, base only', floor),
      ...gestureRows(`zoom, ${LAYERS} layers`, zooms(layered)),
      ...gestureRows('zoom, base only', zooms(floor)),
      ...gestureRows(`pan, ${LAYERS} layers`, pans(layered)),
      ...gestureRows('pan, base only', pans(floor)),
    ],
  );
  const goal = (takes: Gesture[]) => {
    const p95 = intervalP95(takes);
    // Frames come every 16.7 ms at 60 Hz: a p95 of one frame means 95 % of frames on time.
    return `${ms(p95)} (${p95 <= 17 ? 'met' : 'not met'})`;
  };
  const ratio = (of: (rounds: CanvasRound[]) => Gesture[], measure: (takes: Gesture[]) => number) =>
    times(measure(of(layered)) / measure(of(floor)));
  printBlock(`Goal and ratios, ${LAYERS} layers / base only:`, [
    ['zoom: frame interval p95, goal one frame', goal(zooms(layered))],
    ['pan: frame interval p95, goal one frame', goal(pans(layered))],
    ['zoom: ratio of frame interval p95', ratio(zooms, intervalP95)],
    ['zoom: ratio of main-thread time per frame', ratio(zooms, mainThreadPerFrame)],
    ['pan: ratio of frame interval p95', ratio(pans, intervalP95)],
    ['pan: ratio of main-thread time per frame', ratio(pans, mainThreadPerFrame)],
  ]);
}

runBench(
  'document-canvas',
  async (defer) => {
    printHeading(
      'document-canvas',
      `a ${WIDTH}×${HEIGHT} document of ${LAYERS} layers: worker tasks, pan and zoom`,
    );
    const filesDir = benchPath(`${OUT}-files`);
    const files = await documentFiles(filesDir, WIDTH, HEIGHT, LAYERS + CANDIDATES);
    const outDir = await buildPage();
    for (const name of files.files) linkSync(join(filesDir, name), join(outDir, name));
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

    const browser = await launchChromium();
    defer(() => browser.close());
    const page = await browser.newPage({ viewport: STAGE });
    await addInitFunction(page, installLongTaskProbe, undefined);
    await addInitFunction(page, installReactCommitCounter, undefined);
    await addInitFunction(page, installListenerTimer, ['wheel', 'pointermove']);
    await page.goto(new URL('bench/support/document-canvas.html', origin).href);
    await page.waitForFunction(() => 'DocumentBench' in globalThis);
    const isolated = await page.evaluate(() => crossOriginIsolated);
    const bytes = await call(page, 'load', {
      width: WIDTH,
      height: HEIGHT,
      base: files.base,
      layers: files.layers.slice(0, LAYERS),
      candidates: files.layers.slice(LAYERS),
    });

    await call(page, 'warmUp');
    const arrivals = [];
    for (let round = 0; round < ARRIVALS; round++)
      arrivals.push(await arrivalRound(browser, page, (step) => call(page, step)));
    printArrivals(arrivals, LAYERS, CANDIDATES);
    if (ARRIVAL_ONLY) return;

    const runs: Record<TaskName, TaskRun[]> = { floor: [], flatten: [], writePsd: [] };
    for (let run = 0; run < RUNS; run++) {
      for (const name of ['floor', 'flatten', 'writePsd'] as const)
        runs[name].push(await runTask(browser, page, name));
    }
    // The base-only floor on either side of the layered canvas, so a change in load falls on both.
    const floor = [await canvasRound(browser, page, 0)];
    const layered = [await canvasRound(browser, page, LAYERS)];
    floor.push(await canvasRound(browser, page, 0));

    printTasks(
      runs,
      `Worker tasks (Chromium ${browser.version()}, ${mib(bytes)} of PNGs in, timers ${isolated ? 'fine (cross-origin isolated)' : '0.1 ms'}; median of ${RUNS}, in turns):`,
    );
    printCanvas(layered, floor);
  },
  LIMIT_MS,
);
