import type { Browser, Page } from '@playwright/test';

type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
};

/** The longest top-level task on any renderer main thread of a `toplevel` trace, in ms. */
export function longestTracedTask(trace: Buffer): number {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const mainThreads = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // Chromium names its top-level task event ThreadControllerImpl::RunTask (RunTask before).
  const tasks = events.filter(
    (e) =>
      (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') &&
      e.ph === 'X' &&
      mainThreads.has(`${e.pid}:${e.tid}`),
  );
  return Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000));
}

/** Runs `action` under a Chromium trace of `page`; answers its result and the longest main-thread task. */
export async function withTrace<T>(
  browser: Browser,
  page: Page,
  action: () => Promise<T>,
): Promise<{ result: T; longestTask: number }> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel'] });
  try {
    const result = await action();
    return { result, longestTask: longestTracedTask(await browser.stopTracing()) };
  } catch (error) {
    await browser.stopTracing().catch(() => {});
    throw error;
  }
}
