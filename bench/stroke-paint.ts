/**
 * Painting a 2,000-point stroke on a 4K source: React commits during the stroke (goal 0) and
 * the pointer-move handling time, against a bare canvas page that draws each move itself.
 */
import type { Page } from '@playwright/test';
import { fitView, type Point } from '../src/features/mask/engine/coords.ts';
import {
  addInitFunction,
  isolateDocument,
  ISOLATION_HEADERS,
  launchChromium,
  VIEWPORT,
} from './support/browser.ts';
import { ensureStudioBuild } from './support/build.ts';
import { grew, metricsReader } from './support/cdp.ts';
import { makeSourcePng } from './support/images.ts';
import {
  installListenerTimer,
  installReactCommitCounter,
  readListenerProbe,
  readReactProbe,
  setListenerRecording,
} from './support/probes.ts';
import { runBench } from './support/run.ts';
import { describeSpread, ms, printBlock, printHeading, spread, times, type Spread } from './support/stats.ts';
import { startBenchStudio } from './support/studio.ts';

const SOURCE = { width: 3840, height: 2160 };
const MOVES = 2000;
/** The editor's default brush, in image pixels. */
const BRUSH = 60;

type Box = { x: number; y: number; width: number; height: number };

type StrokeFigures = {
  handlers: Spread;
  frames: Spread;
  commitsDuring: number;
  commitsAfter: number;
  taskMs: number;
  scriptMs: number;
  wallMs: number;
};

/** A looping figure (3:2 Lissajous) over most of the image: long, curved, crossing itself. */
function strokePath(image: Box): Point[] {
  return Array.from({ length: MOVES }, (_, i) => {
    const t = i / (MOVES - 1);
    return {
      x: image.x + image.width * (0.5 + 0.42 * Math.sin(2 * Math.PI * 3 * t)),
      y: image.y + image.height * (0.5 + 0.42 * Math.sin(2 * Math.PI * 2 * t + Math.PI / 4)),
    };
  });
}

/** Where the fitted source sits on screen, as the editor's camera fits it. */
async function fittedImage(page: Page): Promise<Box> {
  const box = await page.getByTestId('mask-stage').boundingBox();
  if (!box) throw new Error('The mask stage is not on screen.');
  const view = fitView({ width: box.width, height: box.height }, SOURCE);
  return {
    x: box.x + view.x,
    y: box.y + view.y,
    width: SOURCE.width * view.scale,
    height: SOURCE.height * view.scale,
  };
}

const settle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300))),
      ),
  );

/** Drags the mouse through the path as one stroke, with every probe recording. */
async function paintStroke(page: Page, path: Point[]): Promise<StrokeFigures> {
  const [first, ...rest] = path;
  if (!first) throw new Error('empty path');
  const metrics = await metricsReader(page);
  await page.mouse.move(first.x, first.y);
  await settle(page);
  const commitsBefore = (await readReactProbe(page)).commits;
  await setListenerRecording(page, true);
  const before = await metrics.read();
  const started = performance.now();
  await page.mouse.down();
  for (const p of rest) await page.mouse.move(p.x, p.y);
  const wallMs = performance.now() - started;
  const during = await metrics.read();
  const commitsDuring = (await readReactProbe(page)).commits - commitsBefore;
  await page.mouse.up();
  await settle(page);
  const commitsAfter = (await readReactProbe(page)).commits - commitsBefore - commitsDuring;
  await setListenerRecording(page, false);
  const { perEvent, perFrame } = await readListenerProbe(page);
  return {
    handlers: spread(perEvent),
    frames: spread(perFrame),
    commitsDuring,
    commitsAfter,
    taskMs: grew(before, during, 'TaskDuration') * 1000,
    scriptMs: grew(before, during, 'ScriptDuration') * 1000,
    wallMs,
  };
}

/** The floor: a 4K canvas scaled to the same place, one plain listener drawing a segment per move. */
function baselinePage(image: Box): string {
  return `<!doctype html>
<html><body style="margin:0;background:#111">
<canvas id="c" width="${SOURCE.width}" height="${SOURCE.height}"
  style="position:absolute;left:${image.x}px;top:${image.y}px;width:${image.width}px;height:${image.height}px"></canvas>
<script>
  const canvas = document.getElementById('c');
  const context = canvas.getContext('2d');
  context.lineCap = 'round';
  context.lineJoin = 'round';
  context.lineWidth = ${BRUSH};
  context.strokeStyle = 'rgba(255, 59, 107, 0.5)';
  const scale = ${SOURCE.width} / ${image.width};
  const toImage = (event) => ({ x: (event.clientX - ${image.x}) * scale, y: (event.clientY - ${image.y}) * scale });
  let last = null;
  canvas.addEventListener('pointerdown', (event) => { last = toImage(event); });
  window.addEventListener('pointermove', (event) => {
    if (!last) return;
    const next = toImage(event);
    context.beginPath();
    context.moveTo(last.x, last.y);
    context.lineTo(next.x, next.y);
    context.stroke();
    last = next;
  });
  window.addEventListener('pointerup', () => { last = null; });
</script></body></html>`;
}

/** The number of points of the last stroke in the saved mask draft: the stroke really landed. */
function savedStrokePoints(page: Page): Promise<number> {
  return page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('image-studio:mask') ?? '{}') as {
      state?: { sourceKey?: string; drafts?: Record<string, { ops: { points?: number[] }[] }> };
    };
    const key = saved.state?.sourceKey ?? '';
    const last = saved.state?.drafts?.[key]?.ops.at(-1);
    return (last?.points?.length ?? 0) / 2;
  });
}

function figureRows(figures: StrokeFigures): [string, string][] {
  return [
    ['pointermove handling', describeSpread(figures.handlers, (v) => ms(v, 3))],
    [
      'animation-frame callbacks',
      `${describeSpread(figures.frames, (v) => ms(v, 2))}  total ${ms(figures.frames.total)}`,
    ],
    ['main-thread task time', `${ms(figures.taskMs)} (script ${ms(figures.scriptMs)})`],
    ['  per move', ms(figures.taskMs / MOVES, 3)],
    ['wall time for the moves', ms(figures.wallMs, 0)],
  ];
}

runBench('stroke-paint', async (defer) => {
  printHeading('stroke-paint', `a ${MOVES}-point stroke on a ${SOURCE.width}×${SOURCE.height} source`);
  const distDir = await ensureStudioBuild();
  const studio = await startBenchStudio(distDir);
  defer(() => studio.close());
  const browser = await launchChromium();
  defer(() => browser.close());
  const context = await browser.newContext({ viewport: VIEWPORT });
  await addInitFunction(context, installReactCommitCounter, undefined);
  await addInitFunction(context, installListenerTimer, ['pointermove']);

  const page = await context.newPage();
  await isolateDocument(page, `${studio.url}/`);
  await page.goto(`${studio.url}/`);
  const isolated = await page.evaluate(() => crossOriginIsolated);
  const prompt = page.getByLabel('Prompt');
  await prompt.waitFor();
  const typedBefore = (await readReactProbe(page)).commits;
  await prompt.pressSequentially('lighthouse');
  const typingCommits = (await readReactProbe(page)).commits - typedBefore;
  if (typingCommits === 0)
    throw new Error('The React commit counter saw nothing while typing; it is not hooked in.');

  await page.getByRole('tab', { name: /Inpaint/ }).click();
  await page.getByLabel('Source image file').setInputFiles({
    name: 'source-4k.png',
    mimeType: 'image/png',
    buffer: await makeSourcePng(SOURCE.width, SOURCE.height),
  });
  await page
    .getByTestId('source-facts')
    .filter({ hasText: `${SOURCE.width} × ${SOURCE.height} px` })
    .waitFor();
  await page.getByTestId('mask-stage').waitFor();
  // The photo layer is the stage's first canvas; it shows the photo once decoded and drawn.
  await page.waitForFunction(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="mask-stage"] canvas');
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return false;
    return context.getImageData(canvas.width >> 1, canvas.height >> 1, 1, 1).data[3] === 255;
  });
  const image = await fittedImage(page);
  const path = strokePath(image);
  const app = await paintStroke(page, path);
  const recordedPoints = await savedStrokePoints(page);
  await page.close();

  const floorPage = await context.newPage();
  const floorUrl = `${studio.url}/__bench/paint-floor`;
  await floorPage.route(floorUrl, (route) =>
    route.fulfill({ contentType: 'text/html', headers: ISOLATION_HEADERS, body: baselinePage(image) }),
  );
  await floorPage.goto(floorUrl);
  const floor = await paintStroke(floorPage, path);

  printBlock(
    `Studio (Chromium ${browser.version()}, viewport ${VIEWPORT.width}×${VIEWPORT.height}, brush ${BRUSH} px):`,
    [
      ['timer resolution', isolated ? 'fine (page cross-origin isolated)' : '0.1 ms (page not isolated)'],
      ['React commits while typing', `${typingCommits} for 10 characters (the counter works)`],
      ['React commits during stroke', String(app.commitsDuring)],
      [
        'React commits on pointer-up',
        `${app.commitsAfter} (the finished stroke reaching the store and its readouts)`,
      ],
      ['stroke points kept', `${recordedPoints} of ${MOVES} moves`],
      ...figureRows(app),
    ],
  );
  printBlock('Floor (bare canvas page, one listener drawing each segment):', figureRows(floor));
  printBlock('Ratios, studio / floor:', [
    ['pointermove p95', times(app.handlers.p95 / floor.handlers.p95)],
    ['main-thread task time', times(app.taskMs / floor.taskMs)],
  ]);
});
