import { estimateCredits, validateSettings } from '../../catalog/index.ts';
import type { SweepVariant } from './variants.ts';

/**
 * What stops the sweep, as sentences: the missing inputs, then every rule a variant breaks.
 * A rule all variants break is said once; one that only some break names them.
 */
export function sweepIssues(variants: readonly SweepVariant[], inputProblems: readonly string[]): string[] {
  const byMessage = new Map<string, string[]>();
  for (const variant of variants) {
    for (const issue of validateSettings(variant.entry, variant.settings)) {
      const labels = byMessage.get(issue.message) ?? [];
      if (!labels.includes(variant.label)) labels.push(variant.label);
      byMessage.set(issue.message, labels);
    }
  }
  const ruleIssues = [...byMessage].map(([message, labels]) =>
    labels.length === variants.length ? message : `${labels.join(', ')}: ${message}`,
  );
  return [...new Set([...inputProblems, ...ruleIssues])];
}

export type SweepCredits = {
  /** Credits of the variants with a published price. */
  total: number;
  priced: number;
  variants: number;
  images: number;
};

export function sweepCredits(variants: readonly SweepVariant[]): SweepCredits {
  let total = 0;
  let priced = 0;
  let images = 0;
  for (const { entry, settings } of variants) {
    images += settings.n;
    const credits = estimateCredits(entry, settings);
    if (credits === null) continue;
    total += credits;
    priced += 1;
  }
  return { total, priced, variants: variants.length, images };
}

/** "3 jobs · 6 images · ≈ 48 credits", saying plainly where no price is published. */
export function creditsText({ total, priced, variants, images }: SweepCredits): string {
  const jobs = `${variants} ${variants === 1 ? 'job' : 'jobs'} · ${images} ${images === 1 ? 'image' : 'images'}`;
  const amount = `≈ ${total.toLocaleString('en-US')} credits`;
  if (priced === variants) return `${jobs} · ${amount}`;
  if (priced === 0) return `${jobs} · no published credit price`;
  return `${jobs} · ${amount} for ${priced} of ${variants}; the others have no published price`;
}
