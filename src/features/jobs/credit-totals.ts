import type { JobResult } from '../../wire/result.ts';

/** Midnight of the day `now` falls in, in the browser's time zone: where "today" starts. */
export function startOfLocalDay(now: number): number {
  const day = new Date(now);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

/** What the jobs this page ran cost, from the answers that report a cost. */
export function answeredCredits(results: readonly (JobResult | undefined)[]): number {
  return results.reduce((total, result) => total + (result?.credits?.job ?? 0), 0);
}
