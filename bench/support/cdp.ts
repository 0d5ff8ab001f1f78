import type { Page } from '@playwright/test';

/** Chromium's own performance counters for a page (durations in seconds, sizes in bytes). */
export type Metrics = Record<string, number>;

export async function metricsReader(
  page: Page,
): Promise<{ read: () => Promise<Metrics>; collectGarbage: () => Promise<void> }> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  return {
    read: async () => {
      const { metrics } = await session.send('Performance.getMetrics');
      return Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
    },
    collectGarbage: async () => {
      await session.send('HeapProfiler.collectGarbage');
    },
  };
}

/** A counter's growth between two readings (0 when Chromium does not report it). */
export const grew = (before: Metrics, after: Metrics, name: string) =>
  (after[name] ?? 0) - (before[name] ?? 0);
