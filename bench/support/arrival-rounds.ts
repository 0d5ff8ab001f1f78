import type { Browser, Page } from '@playwright/test';
import { grew, metricsReader } from './cdp.ts';
import { ms, printBlock, times } from './stats.ts';
import { withTrace } from './trace.ts';

/** The steps of document-arrival.tsx, as the bench page's DocumentBench offers them. */
export type ArrivalStep = 'openFloor' | 'openLayered' | 'stageCandidates' | 'acceptShown';
type Arrival = {
  ms: number;
  longestTask: number;
  longestThreadTime: number;
  longTasks: number[];
  /** Chromium's main-thread task time over the step (less swayed by the machine's load). */
  taskMs: number;
};

const sleep = (time: number) => new Promise((resolve) => setTimeout(resolve, time));

/**
 * A layered document arriving: opened with its layers, candidates staged on it, one accepted;
 * each step under a trace until its pictures are on the canvas and a moment more.
 */
export async function arrivalRound(
  browser: Browser,
  page: Page,
  run: (step: ArrivalStep) => Promise<{ ms: number }>,
): Promise<Record<ArrivalStep, Arrival>> {
  const metrics = await metricsReader(page);
  const step = async (name: ArrivalStep): Promise<Arrival> => {
    const { result, ...tasks } = await withTrace(browser, page, async () => {
      const before = await metrics.read();
      const done = await run(name);
      await sleep(300);
      return { ...done, taskMs: grew(before, await metrics.read(), 'TaskDuration') * 1000 };
    });
    return { ms: result.ms, taskMs: result.taskMs, ...tasks };
  };
  const round = {
    openFloor: await step('openFloor'),
    openLayered: await step('openLayered'),
    stageCandidates: await step('stageCandidates'),
    acceptShown: await step('acceptShown'),
  };
  await page.evaluate(() =>
    (
      globalThis as unknown as { DocumentBench: { closeLayered: () => Promise<void> } }
    ).DocumentBench.closeLayered(),
  );
  await sleep(300);
  return round;
}

export function printArrivals(
  rounds: Record<ArrivalStep, Arrival>[],
  layers: number,
  candidates: number,
): void {
  const steps: [ArrivalStep, string][] = [
    ['openFloor', 'floor: the pictures made showable, drawn once'],
    ['openLayered', `open with ${layers} layers`],
    ['stageCandidates', `${candidates} candidates staged`],
    ['acceptShown', 'one accepted'],
  ];
  printBlock(
    `Arrival (openDocument / stageResults / acceptCandidate until on the canvas; ${rounds.length} rounds):`,
    steps.map(([name, what]): [string, string] => [
      what,
      rounds
        .map((round) => {
          const { ms: took, longestTask, longestThreadTime, longTasks, taskMs } = round[name];
          const total = longTasks.reduce((sum, t) => sum + t, 0);
          return `${ms(took, 0)}, main thread ${ms(taskMs, 0)}, longest task ${ms(longestTask, 0)} (thread ${ms(longestThreadTime, 0)}), ${longTasks.length} over 50 ms (${ms(total, 0)})`;
        })
        .join('; '),
    ]),
  );
  const sum = (name: ArrivalStep, of: (a: Arrival) => number) =>
    rounds.reduce((total, round) => total + of(round[name]), 0);
  const longTotal = (a: Arrival) => a.longTasks.reduce((total, t) => total + t, 0);
  printBlock('Arrival ratios, open / floor (all rounds summed):', [
    ['main-thread time', times(sum('openLayered', (a) => a.taskMs) / sum('openFloor', (a) => a.taskMs))],
    [
      'time in tasks over 50 ms',
      `${ms(sum('openLayered', longTotal), 0)} against ${ms(sum('openFloor', longTotal), 0)}`,
    ],
  ]);
}
