import type { CatalogEntry } from './entries.ts';
import type { JobSettings, MegapixelPrices } from './schema.ts';
import { megapixels, parsePixelSize } from './sizes.ts';

// 1min.ai publishes no price table: it bills by tokens, which grow with the pixels asked and the
// quality. The studio prices a job per megapixel of output (size × n), by entry and quality:
// a figure learned from the account's own charges, or the server's prior, an upper bound
// (`MegapixelPrices` in schema.ts).

/** What a job is expected to cost, and what the figure rests on. */
export type CreditEstimate = {
  credits: number;
  /** `published`: the provider's price; `learned`: the account's charges; `bound`: the prior, an upper bound. */
  basis: 'published' | 'learned' | 'bound';
};

/**
 * Credits the job will cost: the published per-image price, or 1min.ai's per-megapixel price
 * times the pixels asked. The server reserves exactly this before sending the job. Null where
 * no price is known (1min.ai before the browser has the server's prices).
 */
export function estimateCredits(
  entry: CatalogEntry,
  settings: Pick<JobSettings, 'quality' | 'n' | 'size'>,
  prices?: MegapixelPrices,
): CreditEstimate | null {
  if (entry.creditsPerImage) {
    return { credits: entry.creditsPerImage[settings.quality] * settings.n, basis: 'published' };
  }
  const price = prices?.[entry.id]?.[settings.quality];
  const size = parsePixelSize(settings.size);
  if (!price || !size) return null;
  return {
    credits: Math.ceil(price.perMegapixel * megapixels(size) * settings.n),
    basis: price.learned ? 'learned' : 'bound',
  };
}

/** Several jobs' estimates as one; null when any is unknown. */
export function addEstimates(estimates: readonly (CreditEstimate | null)[]): CreditEstimate | null {
  let credits = 0;
  let basis: CreditEstimate['basis'] = 'published';
  for (const estimate of estimates) {
    if (!estimate) return null;
    credits += estimate.credits;
    if (estimate.basis === 'bound' || (estimate.basis === 'learned' && basis === 'published')) {
      basis = estimate.basis;
    }
  }
  return { credits, basis };
}

/** "167,773", or "3.3" for a fraction of a credit: how every part of the studio writes a count of credits. */
export function creditCount(credits: number): string {
  return credits.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

/** "1 credit", "1,024 credits": singular as written, so 0.96 is "1 credit" too. */
export function creditWords(credits: number): string {
  const count = creditCount(credits);
  return `${count} ${count === '1' ? 'credit' : 'credits'}`;
}

/** "≈ 1,024 credits", or "up to 150,000 credits" for an upper bound. */
export function estimateText({ credits, basis }: CreditEstimate): string {
  return `${basis === 'bound' ? 'up to' : '≈'} ${creditWords(credits)}`;
}
