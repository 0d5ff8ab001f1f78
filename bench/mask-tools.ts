/**
 * The mask tools' pixel work on a 3840×2160 source, in the mask worker as the studio runs it:
 * the magic wand, grow 32 px, feather 16 px and the PNG export, each against a floor measured
 * in the same run — one plain pass over the same pixels in a worker (a copy of the RGBA held
 * there, with the round trip) — and the longest main-thread task while each ran (Long Tasks API:
 * only tasks over 50 ms are reported, so 0 means none).
 */
import sharp from 'sharp';
import type { MaskOp } from '../src/features/mask/ops.ts';
import { launchChromium } from './support/browser.ts';
import { buildModule, installLongTaskProbe, modulePage } from './support/module-page.ts';
import { repoPath } from './support/paths.ts';
import { runBench } from './support/run.ts';
import { median, ms, printBlock, printHeading, times } from './support/stats.ts';
import { randomStrokes } from './support/strokes.ts';

const WIDTH = 3840;
const HEIGHT = 2160;
const RUNS = 5;

type Figures = { ms: number[]; longestTask: number };
type PageFigures = Record<'wand' | 'grow' | 'feather' | 'export' | 'base' | 'floor', Figures> & {
  wandFirstMs: number;
};

/** A flat-coloured 4K source: a big disc for the wand to take, on a two-tone background. */
async function makeSource(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
    <rect width="100%" height="100%" fill="#e8e2d0"/><rect width="50%" height="100%" fill="#d8d2c0"/>
    <circle cx="${WIDTH * 0.4}" cy="${HEIGHT * 0.5}" r="${HEIGHT * 0.35}" fill="#3060c0"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Runs in the page: each task warmed up once, then RUNS times, with the longest main-thread task. */
async function measureInPage(input: {
  png: string;
  strokes: MaskOp[];
  width: number;
  height: number;
  runs: number;
}) {
  const { png, strokes, width, height, runs } = input;
  type Run = (task: string, ...args: unknown[]) => Promise<unknown>;
  const { runMaskTask } = (globalThis as unknown as { MaskTools: { runMaskTask: Run } }).MaskTools;
  const longestSince = (globalThis as unknown as { __longestTaskSince: (t: number) => number })
    .__longestTaskSince;
  const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'image/png' }));
  const source = { key: 'bench-source', url };

  // The floor: the source's pixels copied once, in a worker, and posted back.
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.drawImage(bitmap, 0, 0);
  const pixels = context.getImageData(0, 0, width, height).data;
  // The pixels go to the floor's worker once; each run is one pass over them there, and back.
  const floorWorker = new Worker(
    URL.createObjectURL(
      new Blob(
        [
          `let pixels; onmessage = (e) => { if (e.data) { pixels = e.data; return; }
           const copy = new Uint8ClampedArray(pixels); postMessage(copy.length); };`,
        ],
        { type: 'text/javascript' },
      ),
    ),
  );
  floorWorker.postMessage(pixels, [pixels.buffer]);
  const floor = () =>
    new Promise<unknown>((resolve) => {
      floorWorker.onmessage = (event) => resolve(event.data);
      floorWorker.postMessage(null);
    });

  const wandAt = { x: width * 0.4, y: height * 0.5, tolerance: 16, contiguous: true };
  const firstStart = performance.now();
  const wandOp = (await runMaskTask('wand', source, wandAt, 'add')) as MaskOp;
  const wandFirstMs = performance.now() - firstStart;
  const tasks: Record<keyof Omit<PageFigures, 'wandFirstMs'>, () => Promise<unknown>> = {
    floor,
    wand: () => runMaskTask('wand', source, wandAt, 'add'),
    base: () => runMaskTask('rasterize', [wandOp, ...strokes], width, height),
    grow: () => runMaskTask('rasterize', [wandOp, ...strokes, { type: 'grow', radius: 32 }], width, height),
    feather: () =>
      runMaskTask('rasterize', [wandOp, ...strokes, { type: 'feather', radius: 16 }], width, height),
    export: () => runMaskTask('exportPng', [wandOp, ...strokes], width, height),
  };
  const figures = {} as PageFigures;
  for (const [name, task] of Object.entries(tasks) as [keyof typeof tasks, () => Promise<unknown>][]) {
    await task();
    const since = performance.now();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await task();
      times.push(performance.now() - start);
    }
    // Long tasks are reported a little after they end.
    await new Promise((resolve) => setTimeout(resolve, 100));
    figures[name] = { ms: times, longestTask: longestSince(since) };
  }
  floorWorker.terminate();
  URL.revokeObjectURL(url);
  return { ...figures, wandFirstMs };
}

runBench('mask-tools', async (defer) => {
  printHeading(
    'mask-tools',
    `wand, grow, feather and export on a ${WIDTH}×${HEIGHT} source, in the mask worker`,
  );
  const strokes = randomStrokes({
    count: 60,
    width: WIDTH,
    height: HEIGHT,
    pointsPerStroke: 40,
    minSize: 20,
    maxSize: 80,
    eraseEvery: 5,
    softness: 0,
    seed: 20_261_127,
  });
  const outDir = await buildModule(repoPath('bench/support/mask-tools-entry.ts'), 'mask-tools');
  const browser = await launchChromium();
  defer(() => browser.close());
  const page = await modulePage(browser, outDir, 'mask-tools', 'MaskTools');
  await page.evaluate(installLongTaskProbe);
  const png = (await makeSource()).toString('base64');
  const figures = await page.evaluate(measureInPage, {
    png,
    strokes,
    width: WIDTH,
    height: HEIGHT,
    runs: RUNS,
  });

  const floor = median(figures.floor.ms);
  const base = median(figures.base.ms);
  const row = (label: string, f: Figures, ratioTo = floor) =>
    [
      label,
      `${ms(median(f.ms))}  ${times(median(f.ms) / ratioTo)} the floor  longest main-thread task ${f.longestTask ? ms(f.longestTask) : 'none over 50 ms'}`,
    ] as const;
  printBlock(
    `Chromium ${browser.version()}, median of ${RUNS} after a warm-up, round trip to the worker included:`,
    [
      row('floor: one copy of the RGBA', figures.floor),
      ['magic wand, first click', `${ms(figures.wandFirstMs)}  (decodes the source once)`],
      row('magic wand', figures.wand),
      row('replay: wand + 60 strokes', figures.base),
      row('  … then grow 32 px', figures.grow),
      ['    grow alone', ms(median(figures.grow.ms) - base)],
      row('  … then feather 16 px', figures.feather),
      ['    feather alone', ms(median(figures.feather.ms) - base)],
      row('export PNG (replay + encode)', figures.export),
    ],
  );
});
