/**
 * Mask export for a 3840×2160 source with 200 strokes, against the floor of drawing the same
 * strokes with the bare 2D canvas API and encoding with `toBlob` in the same browser, with the
 * longest main-thread task while each runs (the export runs in the mask worker).
 */
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import type { StrokeOp } from '../src/features/mask/ops.ts';
import { rasterizeMask } from '../src/features/mask/rasterize.ts';
import { launchChromium } from './support/browser.ts';
import { buildModule, installLongTaskProbe, modulePage } from './support/module-page.ts';
import { repoPath } from './support/paths.ts';
import { runBench } from './support/run.ts';
import { kib, median, ms, printBlock, printHeading, times } from './support/stats.ts';
import { randomStrokes } from './support/strokes.ts';

const WIDTH = 3840;
const HEIGHT = 2160;
const RUNS = 5;

type Timed = { ms: number[]; bytes: number; png: string; longestTask: number };
type PageFigures = {
  exported: Timed;
  floor: Timed;
  soft: Timed;
  rasterizeMs: number[];
  encodeGreyMs: number[];
  encodeCanvasMs: number[];
};
type MaskBench = {
  exportMaskPng: (ops: readonly StrokeOp[], width: number, height: number) => Promise<Blob>;
  rasterizeMask: (ops: readonly StrokeOp[], width: number, height: number) => Uint8ClampedArray<ArrayBuffer>;
  maskToGrey: (coverage: Uint8ClampedArray<ArrayBuffer>, width: number, height: number) => Uint8Array;
  encodeGreyPng: (grey: Uint8Array, width: number, height: number) => Promise<Uint8Array>;
};

/** Runs in the page: one warm-up of each, then the export and the floor taken in turns. */
async function measureInPage(input: {
  ops: StrokeOp[];
  softOps: StrokeOp[];
  width: number;
  height: number;
  runs: number;
}): Promise<PageFigures> {
  const { ops, softOps, width, height, runs } = input;
  const bench = (globalThis as unknown as { MaskBench: MaskBench }).MaskBench;
  const longestSince = (globalThis as unknown as { __longestTaskSince: (t: number) => number })
    .__longestTaskSince;
  // Long tasks are reported a little after they end.
  const longestTask = async (since: number) => {
    await new Promise((resolve) => setTimeout(resolve, 100));
    return longestSince(since);
  };

  // The floor: the same strokes as plain canvas paths, made opaque (black = keep) like the export.
  const floor = async (): Promise<Blob> => {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = '#fff';
    for (const op of ops) {
      context.globalCompositeOperation = op.type === 'erase' ? 'destination-out' : 'source-over';
      context.lineWidth = op.size;
      context.beginPath();
      context.moveTo(op.points[0] as number, op.points[1] as number);
      for (let i = 2; i < op.points.length; i += 2) {
        context.lineTo(op.points[i] as number, op.points[i + 1] as number);
      }
      context.stroke();
    }
    context.globalCompositeOperation = 'destination-over';
    context.fillStyle = '#000';
    context.fillRect(0, 0, width, height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob gave nothing'))), 'image/png'),
    );
    canvas.width = 0;
    canvas.height = 0;
    return blob;
  };

  const base64 = (blob: Blob) =>
    new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
      reader.readAsDataURL(blob);
    });
  const timed = async (make: () => Promise<Blob>, into: number[]): Promise<Blob> => {
    const start = performance.now();
    const blob = await make();
    into.push(performance.now() - start);
    return blob;
  };
  const exportHard = () => bench.exportMaskPng(ops, width, height);
  const exportSoft = () => bench.exportMaskPng(softOps, width, height);

  const warmUp: number[] = [];
  await timed(exportHard, warmUp);
  await timed(floor, warmUp);
  const exportMs: number[] = [];
  const floorMs: number[] = [];
  let exported = new Blob();
  let floored = new Blob();
  let exportLongest = 0;
  let floorLongest = 0;
  for (let i = 0; i < runs; i++) {
    let since = performance.now();
    exported = await timed(exportHard, exportMs);
    exportLongest = Math.max(exportLongest, await longestTask(since));
    since = performance.now();
    floored = await timed(floor, floorMs);
    floorLongest = Math.max(floorLongest, await longestTask(since));
  }
  const softMs: number[] = [];
  await timed(exportSoft, warmUp);
  let soft = new Blob();
  const softSince = performance.now();
  for (let i = 0; i < runs; i++) soft = await timed(exportSoft, softMs);
  const softLongest = await longestTask(softSince);
  const rasterizeMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    bench.rasterizeMask(ops, width, height);
    rasterizeMs.push(performance.now() - start);
  }
  // The encoders alone, on the same mask: the grey PNG encoder against the canvas's on RGBA.
  const grey = bench.maskToGrey(bench.rasterizeMask(ops, width, height), width, height);
  const rgba = new ImageData(width, height);
  for (let i = 0; i < grey.length; i++)
    rgba.data.set([grey[i] as number, grey[i] as number, grey[i] as number, 255], i * 4);
  const encodeCanvas = async () => {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    canvas.getContext('2d')?.putImageData(rgba, 0, 0);
    await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    canvas.width = 0;
  };
  const encodeGreyMs: number[] = [];
  const encodeCanvasMs: number[] = [];
  await encodeCanvas();
  await bench.encodeGreyPng(grey, width, height);
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    await bench.encodeGreyPng(grey, width, height);
    encodeGreyMs.push(performance.now() - start);
    start = performance.now();
    await encodeCanvas();
    encodeCanvasMs.push(performance.now() - start);
  }
  return {
    encodeGreyMs,
    encodeCanvasMs,
    exported: { ms: exportMs, bytes: exported.size, png: await base64(exported), longestTask: exportLongest },
    floor: { ms: floorMs, bytes: floored.size, png: await base64(floored), longestTask: floorLongest },
    soft: { ms: softMs, bytes: soft.size, png: '', longestTask: softLongest },
    rasterizeMs,
  };
}

/** Share of pixels on the same side of mid-grey in two masks: the floor really draws the same mask. */
async function agreement(a: string, b: string): Promise<number> {
  const grey = (png: string) => sharp(Buffer.from(png, 'base64')).extractChannel(0).raw().toBuffer();
  const [x, y] = await Promise.all([grey(a), grey(b)]);
  if (x.length !== y.length) return 0;
  let same = 0;
  for (let i = 0; i < x.length; i++) if ((x[i] as number) >= 128 === (y[i] as number) >= 128) same++;
  return same / x.length;
}

/** The Long Tasks API reports only tasks over 50 ms. */
const longest = (value: number) => (value > 0 ? ms(value) : 'none over 50 ms');

function rasterizeInNode(ops: readonly StrokeOp[]): number[] {
  rasterizeMask(ops, WIDTH, HEIGHT);
  return Array.from({ length: RUNS }, () => {
    const start = performance.now();
    rasterizeMask(ops, WIDTH, HEIGHT);
    return performance.now() - start;
  });
}

runBench('mask-export', async (defer) => {
  printHeading('mask-export', `mask PNG of a ${WIDTH}×${HEIGHT} source with 200 strokes`);
  const spec = { count: 200, width: WIDTH, height: HEIGHT, pointsPerStroke: 60, minSize: 20, maxSize: 80 };
  const ops = randomStrokes({ ...spec, eraseEvery: 5, softness: 0, seed: 20_260_101 });
  const softOps = ops.map((op) => ({ ...op, softness: 0.5 }));
  const outDir = await buildModule(repoPath('bench/support/mask-export-entry.ts'), 'mask-export');

  const browser = await launchChromium();
  defer(() => browser.close());
  const page = await modulePage(browser, outDir, 'mask-export', 'MaskBench');
  await page.evaluate(installLongTaskProbe);
  const figures = await page.evaluate(measureInPage, {
    ops,
    softOps,
    width: WIDTH,
    height: HEIGHT,
    runs: RUNS,
  });
  const nodeMs = rasterizeInNode(ops);
  const same = await agreement(figures.exported.png, figures.floor.png);

  const exportMedian = median(figures.exported.ms);
  const floorMedian = median(figures.floor.ms);
  printBlock(`Chromium ${browser.version()}, median of ${RUNS} after a warm-up:`, [
    [
      'exportMaskPng (hard strokes)',
      `${ms(exportMedian)}  (runs: ${figures.exported.ms.map((v) => v.toFixed(0)).join(', ')})`,
    ],
    ['  of which rasterizeMask', ms(median(figures.rasterizeMs))],
    [
      'floor: canvas strokes + toBlob',
      `${ms(floorMedian)}  (runs: ${figures.floor.ms.map((v) => v.toFixed(0)).join(', ')})`,
    ],
    ['ratio export / floor', times(exportMedian / floorMedian)],
    // Under load a median can land on a run that waited for the CPU; the fastest runs waited least.
    ['ratio of the fastest runs', times(Math.min(...figures.exported.ms) / Math.min(...figures.floor.ms))],
    ['exportMaskPng (softness 0.5)', ms(median(figures.soft.ms))],
    ['encoder alone: grey PNG', ms(median(figures.encodeGreyMs))],
    ['encoder alone: canvas toBlob on RGBA', ms(median(figures.encodeCanvasMs))],
    ['ratio grey encoder / toBlob', times(median(figures.encodeGreyMs) / median(figures.encodeCanvasMs))],
    ['longest main-thread task: export', longest(figures.exported.longestTask)],
    ['longest main-thread task: export (soft)', longest(figures.soft.longestTask)],
    ['longest main-thread task: floor', longest(figures.floor.longestTask)],
    ['PNG size: export (hard)', kib(figures.exported.bytes)],
    ['PNG size: floor', kib(figures.floor.bytes)],
    ['PNG size: export (soft)', kib(figures.soft.bytes)],
    ['pixels agreeing export/floor', `${(same * 100).toFixed(2)} %`],
  ]);
  printBlock(`Node ${process.version}, for reference:`, [
    ['rasterizeMask (hard strokes)', `${ms(median(nodeMs))}  (median of ${RUNS} after a warm-up)`],
  ]);
});
