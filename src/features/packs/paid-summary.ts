import type { CatalogEntry, JobSettings, MegapixelPrices } from '../../catalog/index.ts';
import type { RecordedCharge } from '../history/index.lazy.ts';
import { creditWords } from '../../catalog/index.ts';
import { count, estimateJobCredits, estimateWords } from './credit-estimate.ts';

/** A paid job of a pack as the confirmation names it. */
export type PaidJob = { entry: CatalogEntry; settings: JobSettings; targets: string[] };

export type PaidSummary = {
  /** "1 of 3 targets needs new picture: 1 job, ≈ 25,213 credits." */
  headline: string;
  /** One line per job: what it makes, at what size and quality, and its estimate with its basis. */
  lines: string[];
};

/**
 * What a pack will pay for, before anything is sent: how many targets need new picture, the
 * jobs, and the credits (each job's estimate with how it was reached; the total where every
 * job has one, else how many lack one).
 */
export function paidSummary(
  jobs: readonly PaidJob[],
  targets: { total: number; newPicture: number; pictures: number },
  charges: readonly RecordedCharge[],
  prices?: MegapixelPrices,
): PaidSummary {
  const estimates = jobs.map((job) => estimateJobCredits(job.entry, job.settings, charges, prices));
  const known = estimates.flatMap((estimate) => (estimate.credits === null ? [] : [estimate.credits]));
  const total = known.reduce((sum, credits) => sum + credits, 0);
  const unknown = estimates.length - known.length;
  // One upper bound makes the total one too.
  const about = estimates.some((e) => e.basis === 'server' && e.bound) ? 'up to' : '≈';
  const credits =
    unknown === 0
      ? `${about} ${creditWords(total)}`
      : known.length === 0
        ? 'credits unknown'
        : `${about} ${creditWords(total)} for ${known.length}, ${unknown} unknown`;
  const over = targets.pictures > 1 ? ` over ${targets.pictures} pictures` : '';
  const needs = targets.newPicture === 1 ? 'needs' : 'need';
  const headline = `${targets.newPicture} of ${count(targets.total, 'target', 'targets')}${over} ${needs} new picture: ${count(jobs.length, 'job', 'jobs')}, ${credits}.`;
  const lines = jobs.map((job, i) => {
    const size = job.settings.size.replace('x', '×');
    return `${job.targets.join(', ')}: ${job.entry.label}, ${job.entry.mode} at ${size}, ${job.settings.quality} quality — ${estimateWords(estimates[i]!, job.entry)}`;
  });
  return { headline, lines };
}
