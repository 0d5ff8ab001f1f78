import type { Browser, Page } from '@playwright/test';

type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  /** Thread time: what the task ran on the CPU, without the time it waited or was descheduled. */
  tdur?: number;
  args?: { name?: string };
};

/** The top-level tasks on any renderer main thread of a `toplevel` trace. */
function mainThreadTasks(trace: Buffer): TraceEvent[] {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const mainThreads = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // Chromium names its top-level task event ThreadControllerImpl::RunTask (RunTask before).
  return events.filter(
    (e) =>
      (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') &&
      e.ph === 'X' &&
      mainThreads.has(`${e.pid}:${e.tid}`),
  );
}

/** The longest top-level task on any renderer main thread of a `toplevel` trace, in ms. */
export function longestTracedTask(trace: Buffer): number {
  return Math.max(0, ...mainThreadTasks(trace).map((e) => (e.dur ?? 0) / 1000));
}

/** What the Long Tasks API calls long. */
const LONG_TASK_MS = 50;

/**
 * Runs `action` under a Chromium trace of `page`; answers its result, the longest main-thread
 * task, the most thread time any task took, every task of 50 ms or more (on a loaded machine a task's length can be
 * mostly waiting for the CPU, or for another process).
 */
export async function withTrace<T>(
  browser: Browser,
  page: Page,
  action: () => Promise<T>,
): Promise<{ result: T; longestTask: number; longestThreadTime: number; longTasks: number[] }> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel'] });
  try {
    const result = await action();
    const tasks = mainThreadTasks(await browser.stopTracing());
    return {
      result,
      longestTask: Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000)),
      longestThreadTime: Math.max(0, ...tasks.map((e) => (e.tdur ?? 0) / 1000)),
      longTasks: tasks.map((e) => (e.dur ?? 0) / 1000).filter((duration) => duration >= LONG_TASK_MS),
    };
  } catch (error) {
    await browser.stopTracing().catch(() => {});
    throw error;
  }
}
