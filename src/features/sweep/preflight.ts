import {
  addEstimates,
  estimateCredits,
  estimateText,
  validateSettings,
  type CreditEstimate,
  type MegapixelPrices,
} from '../../catalog/index.ts';
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
  /** All variants together; null while a price is not known. */
  estimate: CreditEstimate | null;
  variants: number;
  images: number;
};

export function sweepCredits(
  variants: readonly SweepVariant[],
  prices: MegapixelPrices | undefined,
): SweepCredits {
  return {
    estimate: addEstimates(variants.map(({ entry, settings }) => estimateCredits(entry, settings, prices))),
    variants: variants.length,
    images: variants.reduce((sum, { settings }) => sum + settings.n, 0),
  };
}

/** "3 jobs · 6 images · ≈ 48 credits" ("up to" where 1min.ai's price is the server's upper bound). */
export function creditsText({ estimate, variants, images }: SweepCredits): string {
  const jobs = `${variants} ${variants === 1 ? 'job' : 'jobs'} · ${images} ${images === 1 ? 'image' : 'images'}`;
  return `${jobs} · ${estimate ? estimateText(estimate) : 'price not known yet'}`;
}
