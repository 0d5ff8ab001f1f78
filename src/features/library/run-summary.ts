import {
  estimateCredits,
  estimateText,
  type CatalogEntry,
  type JobSettings,
  type MegapixelPrices,
} from '../../catalog/index.ts';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * What running `jobs` prompts with these settings asks for, as the confirmation says it:
 * "4 jobs · 8 images · ≈ 64 credits" ("up to" while 1min.ai's price is the server's upper bound).
 */
export function runSummary(
  entry: CatalogEntry,
  settings: JobSettings,
  jobs: number,
  prices: MegapixelPrices | undefined,
): string {
  const counts = `${plural(jobs, 'job')} · ${plural(jobs * settings.n, 'image')}`;
  const perJob = estimateCredits(entry, settings, prices);
  if (perJob === null) return `${counts} · price not known yet`;
  return `${counts} · ${estimateText({ ...perJob, credits: perJob.credits * jobs })}`;
}
