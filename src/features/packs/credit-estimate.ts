import {
  PROVIDER_LABELS,
  creditWords,
  estimateCredits,
  parsePixelSize,
  type CatalogEntry,
  type JobSettings,
  type MegapixelPrices,
} from '../../catalog/index.ts';
import type { RecordedCharge } from '../history/index.lazy.ts';

/**
 * What a job will cost, before it is paid for, and what the figure rests on:
 * - `published`: the provider's own price (the catalog);
 * - `history`: 1min.ai publishes no price, so the (lower) median of what this browser's own earlier jobs
 *   of the same provider, model and quality were charged per image, at the same size, or, where
 *   that size was never charged, per pixel scaled to this size (`scaledFrom` names the sizes);
 * - `server`: the studio server's price per megapixel for the entry and quality, learned from the
 *   account's charges, or (`bound`) its prior, an upper bound, until it has learned one;
 * - `unknown`: none of these.
 */
export type JobCreditEstimate =
  | { credits: number; basis: 'published' }
  | { credits: number; basis: 'history'; samples: number; scaledFrom?: string[] }
  | { credits: number; basis: 'server'; bound: boolean }
  | { credits: null; basis: 'unknown' };

/**
 * The lower median: a charge is too high far more often than too low (a job whose share of the
 * account's usage the server could not be sure of is charged its reservation, an upper bound;
 * another user's job can land in the same growth), so of two middle values the lower one.
 */
function lowerMedian(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[(sorted.length - 1) >> 1]!;
}

/**
 * One job's estimate, the most telling first: a published price; this browser's charges at this
 * very size; the server's learned price; this browser's charges scaled by pixels; the server's
 * upper bound. `prices` are the server's (`GET /api/credits`), when the page has them.
 */
export function estimateJobCredits(
  entry: CatalogEntry,
  settings: Pick<JobSettings, 'quality' | 'n' | 'size'>,
  charges: readonly RecordedCharge[],
  prices?: MegapixelPrices,
): JobCreditEstimate {
  const published = estimateCredits(entry, settings);
  if (published) return { credits: published.credits, basis: 'published' };
  const server = estimateCredits(entry, settings, prices);
  const alike = charges.filter(
    (charge) =>
      charge.provider === entry.provider &&
      charge.model === entry.model &&
      charge.quality === settings.quality &&
      charge.n > 0,
  );
  const perImage = (charge: RecordedCharge) => charge.credits / charge.n;
  const same = alike.filter((charge) => charge.size === settings.size);
  if (same.length > 0) {
    const credits = Math.round(lowerMedian(same.map(perImage)) * settings.n);
    return { credits, basis: 'history', samples: same.length };
  }
  if (server?.basis === 'learned') return { credits: server.credits, basis: 'server', bound: false };
  const wanted = parsePixelSize(settings.size);
  const sized = alike.flatMap((charge) => {
    const size = parsePixelSize(charge.size);
    return size && wanted ? [{ charge, pixels: size.width * size.height }] : [];
  });
  if (wanted && sized.length > 0) {
    const perPixel = lowerMedian(sized.map(({ charge, pixels }) => perImage(charge) / pixels));
    return {
      credits: Math.round(perPixel * wanted.width * wanted.height * settings.n),
      basis: 'history',
      samples: sized.length,
      scaledFrom: [...new Set(sized.map(({ charge }) => charge.size))].slice(0, 3),
    };
  }
  if (server) return { credits: server.credits, basis: 'server', bound: true };
  return { credits: null, basis: 'unknown' };
}

export const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "≈ 25,214 credits (…)" with what the figure rests on, for a confirmation. */
export function estimateWords(estimate: JobCreditEstimate, entry: CatalogEntry): string {
  const provider = PROVIDER_LABELS[entry.provider];
  switch (estimate.basis) {
    case 'published':
      return `≈ ${creditWords(estimate.credits)} (${provider}'s published price)`;
    case 'history': {
      const from = `learned from ${count(estimate.samples, 'earlier charge', 'earlier charges')} of this browser at ${entry.model}, this quality`;
      const how = estimate.scaledFrom
        ? `${from}, scaled by pixels from ${estimate.scaledFrom.map((size) => size.replace('x', '×')).join(', ')}`
        : `${from} and size`;
      return `≈ ${creditWords(estimate.credits)} (${provider} publishes no price: ${how})`;
    }
    case 'server':
      return estimate.bound
        ? `up to ${creditWords(estimate.credits)} (the studio server's upper bound for ${provider}, until it has learned a price)`
        : `≈ ${creditWords(estimate.credits)} (the studio server's price for ${provider}, learned from the account's charges)`;
    case 'unknown':
      return `credits unknown (${provider} publishes no price, and neither the server nor this browser has a charge of ${entry.model} at this quality to learn from)`;
  }
}
