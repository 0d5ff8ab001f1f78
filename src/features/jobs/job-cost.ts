import type { JobResult } from '../../wire/result.ts';

/**
 * Gives 1min.ai answers the cost of their job. 1min.ai reports only the account's used credits;
 * what a job cost is how far that figure grew since the previous answer this page saw (so the
 * first job of a page has no cost, and another user of the same account can inflate one).
 * Answers that already carry a cost, or that arrive out of order, are left as they are.
 */
export function createCostTracker(): (result: JobResult) => JobResult {
  let lastUsed: number | undefined;
  return (result) => {
    const credits = result.credits;
    const used = credits?.used;
    if (!credits || used === undefined) return result;
    const previous = lastUsed;
    lastUsed = Math.max(used, lastUsed ?? used);
    if (credits.job !== undefined || previous === undefined || used <= previous) return result;
    return { ...result, credits: { ...credits, job: used - previous } };
  };
}
