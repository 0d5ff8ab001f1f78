import {
  PROVIDER_LABELS,
  estimateCredits,
  type CatalogEntry,
  type JobSettings,
} from '../../catalog/index.ts';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * What running `jobs` prompts with these settings asks for, as the confirmation says it:
 * "4 jobs · 8 images · ≈ 64 credits", or plainly that the provider publishes no price.
 */
export function runSummary(entry: CatalogEntry, settings: JobSettings, jobs: number): string {
  const counts = `${plural(jobs, 'job')} · ${plural(jobs * settings.n, 'image')}`;
  const perJob = estimateCredits(entry, settings);
  if (perJob === null) return `${counts} · ${PROVIDER_LABELS[entry.provider]} publishes no credit price`;
  return `${counts} · ≈ ${(perJob * jobs).toLocaleString('en-US')} credits`;
}
