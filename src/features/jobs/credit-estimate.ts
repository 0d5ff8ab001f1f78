import {
  PROVIDER_LABELS,
  estimateCredits,
  parsePixelSize,
  type CatalogEntry,
  type JobSettings,
} from '../../catalog/index.ts';
import type { RecordedCharge } from '../history/index.ts';

/**
 * What a job will cost, before it is paid for, and how that is known:
 * - `published`: the provider's own price (the catalog);
 * - `server`: the studio server's figure (its credit model), when it gives one;
 * - `learned`: 1min.ai publishes no price, so the median of what this browser's own earlier jobs
 *   of the same provider, model and quality were charged per image, at the same size, or, where
 *   that size was never charged, per pixel scaled to this size (`scaledFrom` names the sizes);
 * - `unknown`: none of these.
 */
export type CreditEstimate =
  | { credits: number; basis: 'published' | 'server' }
  | { credits: number; basis: 'learned'; samples: number; scaledFrom?: string[] }
  | { credits: null; basis: 'unknown' };

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** One job's estimate. `server` is the server's figure for it, when the server gives one. */
export function estimateJobCredits(
  entry: CatalogEntry,
  settings: Pick<JobSettings, 'quality' | 'n' | 'size'>,
  charges: readonly RecordedCharge[],
  server?: number | null,
): CreditEstimate {
  const published = estimateCredits(entry, settings);
  if (published !== null) return { credits: published, basis: 'published' };
  if (server !== undefined && server !== null) return { credits: server, basis: 'server' };
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
    return {
      credits: Math.round(median(same.map(perImage)) * settings.n),
      basis: 'learned',
      samples: same.length,
    };
  }
  const wanted = parsePixelSize(settings.size);
  const sized = alike.flatMap((charge) => {
    const size = parsePixelSize(charge.size);
    return size && wanted ? [{ charge, pixels: size.width * size.height }] : [];
  });
  if (!wanted || sized.length === 0) return { credits: null, basis: 'unknown' };
  const perPixel = median(sized.map(({ charge, pixels }) => perImage(charge) / pixels));
  return {
    credits: Math.round(perPixel * wanted.width * wanted.height * settings.n),
    basis: 'learned',
    samples: sized.length,
    scaledFrom: [...new Set(sized.map(({ charge }) => charge.size))].slice(0, 3),
  };
}

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

/** "≈ 25,214 credits" and how the figure was reached, for a confirmation. */
export function estimateWords(estimate: CreditEstimate, entry: CatalogEntry): string {
  const provider = PROVIDER_LABELS[entry.provider];
  switch (estimate.basis) {
    case 'published':
      return `≈ ${plural(estimate.credits, 'credit', 'credits')} (${provider}'s published price)`;
    case 'server':
      return `≈ ${plural(estimate.credits, 'credit', 'credits')} (the studio server's estimate)`;
    case 'learned': {
      const from = `learned from ${plural(estimate.samples, 'earlier charge', 'earlier charges')} of this browser at ${entry.model}, this quality`;
      const how = estimate.scaledFrom
        ? `${from}, scaled by pixels from ${estimate.scaledFrom.map((size) => size.replace('x', '×')).join(', ')}`
        : `${from} and size`;
      return `≈ ${plural(estimate.credits, 'credit', 'credits')} (${provider} publishes no price: ${how})`;
    }
    case 'unknown':
      return `credits unknown (${provider} publishes no price, and this browser has no earlier charge of ${entry.model} at this quality to learn from)`;
  }
}
