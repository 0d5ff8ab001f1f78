import type { Page } from '@playwright/test';
import { grew, metricsReader } from './cdp.ts';
import { readListenerProbe, readReactProbe, setListenerRecording } from './probes.ts';
import { describeSpread, ms, spread } from './stats.ts';

/**
 * Pan and zoom driven like a user's hand, one input event a frame (Playwright's mouse sends
 * CDP `Input.dispatchMouseEvent`), timed by what the page's frames show. The page needs the
 * listener timer and React commit counter of probes.ts installed, and `startFrames` /
 * `stopFrames` (a requestAnimationFrame loop noting each frame's timestamp) on `globalName`.
 */

/** One frame at 60 Hz, the rate headless Chromium draws at. */
export const FRAME_MS = 1000 / 60;
const GESTURE_MS = 2000;
/** Wheel steps of 12 px: 60 of them zoom by 4.2× at the studio's rate (0.002 per pixel). */
const WHEEL_STEP = 12;
const PAN_RADIUS = 200;

export type Gesture = {
  /** Between consecutive animation frames: 16.7 ms when every frame is on time. */
  intervals: number[];
  /** Time in animation-frame callbacks (Konva draws there), per frame. */
  perFrame: number[];
  /** Time in wheel and pointermove listeners, per event. */
  perEvent: number[];
  commits: number;
  /** Chromium's main-thread task time over the gesture. */
  taskMs: number;
  longestTask: number;
};

const sleep = (time: number) => new Promise((resolve) => setTimeout(resolve, time));

/** Sends one input event a frame for GESTURE_MS, each made by `step(i, steps)`. */
async function paced(step: (i: number, steps: number) => Promise<void>): Promise<void> {
  const steps = Math.round(GESTURE_MS / FRAME_MS);
  const started = performance.now();
  for (let i = 0; i < steps; i++) {
    await step(i, steps);
    const wait = started + (i + 1) * FRAME_MS - performance.now();
    if (wait > 0) await sleep(wait);
  }
}

function pageCall(page: Page, globalName: string, method: string) {
  return page.evaluate(
    ({ globalName, method }) =>
      (globalThis as unknown as Record<string, Record<string, () => unknown>>)[globalName]![method]!(),
    { globalName, method },
  );
}

async function measure(page: Page, globalName: string, gesture: () => Promise<void>): Promise<Gesture> {
  const metrics = await metricsReader(page);
  const since = await page.evaluate(() => performance.now());
  await pageCall(page, globalName, 'startFrames');
  await setListenerRecording(page, true);
  const commitsBefore = (await readReactProbe(page)).commits;
  const before = await metrics.read();
  await gesture();
  const after = await metrics.read();
  const commits = (await readReactProbe(page)).commits - commitsBefore;
  await setListenerRecording(page, false);
  const intervals = (await pageCall(page, globalName, 'stopFrames')) as number[];
  const { perFrame, perEvent } = await readListenerProbe(page);
  // Long tasks are reported a little after they end.
  await sleep(100);
  const longestTask = await page.evaluate(
    (t) => (globalThis as unknown as { __longestTaskSince: (t: number) => number }).__longestTaskSince(t),
    since,
  );
  const taskMs = grew(before, after, 'TaskDuration') * 1000;
  return { intervals, perFrame, perEvent, commits, taskMs, longestTask };
}

/**
 * From the fitted view, the wheel zooms in 4.2× around the middle of the stage and back out;
 * then, zoomed in 2× (not timed), a drag pans a circle. Answers both gestures' figures.
 */
export async function zoomThenPan(
  page: Page,
  globalName: string,
  stage: { width: number; height: number },
): Promise<{ zoom: Gesture; pan: Gesture }> {
  const centre = { x: stage.width / 2, y: stage.height / 2 };
  await page.mouse.move(centre.x, centre.y);
  const zoom = await measure(page, globalName, () =>
    paced((i, steps) => page.mouse.wheel(0, i < steps / 2 ? -WHEEL_STEP : WHEEL_STEP)),
  );
  for (let i = 0; i < 30; i++) await page.mouse.wheel(0, -WHEEL_STEP);
  await sleep(300);
  await page.mouse.move(centre.x + PAN_RADIUS, centre.y);
  await page.mouse.down();
  const pan = await measure(page, globalName, () =>
    paced((i, steps) => {
      const angle = (2 * Math.PI * (i + 1)) / steps;
      return page.mouse.move(
        centre.x + PAN_RADIUS * Math.cos(angle),
        centre.y + PAN_RADIUS * Math.sin(angle),
      );
    }),
  );
  await page.mouse.up();
  return { zoom, pan };
}

/** A gesture's figures as rows, several takes of it pooled. */
export function gestureRows(label: string, takes: Gesture[]): [string, string][] {
  const intervals = takes.flatMap((g) => g.intervals);
  const late = (frames: number) => intervals.filter((v) => v > (frames + 0.5) * FRAME_MS).length;
  const longest = Math.max(...takes.map((g) => g.longestTask));
  return [
    [`${label}: frame interval`, describeSpread(spread(intervals))],
    ['  frames late by 1 / by 2 or more', `${late(1)} / ${late(2)} of ${intervals.length}`],
    ['  main-thread time per frame (mean)', ms(mainThreadPerFrame(takes), 2)],
    ['  drawing in rAF callbacks, per frame', describeSpread(spread(takes.flatMap((g) => g.perFrame)))],
    [
      '  wheel / pointermove listeners',
      describeSpread(spread(takes.flatMap((g) => g.perEvent)), (v) => ms(v, 2)),
    ],
    ['  React commits', takes.map((g) => g.commits).join(', ')],
    ['  longest main-thread task', longest > 0 ? ms(longest) : 'none over 50 ms'],
  ];
}

export function mainThreadPerFrame(takes: Gesture[]): number {
  const frames = takes.reduce((sum, g) => sum + g.intervals.length, 0);
  return takes.reduce((sum, g) => sum + g.taskMs, 0) / Math.max(1, frames);
}

export const intervalP95 = (takes: Gesture[]) => spread(takes.flatMap((g) => g.intervals)).p95;
