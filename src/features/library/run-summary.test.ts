import { describe, expect, it } from 'vitest';
import { getEntry, initialSettings } from '../../catalog/index.ts';
import { runSummary } from './run-summary.ts';

describe('runSummary', () => {
  it('prices every job from the catalog, counting images by n', () => {
    const entry = getEntry('gptimageapi:gpt-image-2:edit')!;
    const settings = { ...initialSettings(entry), quality: 'high' as const, n: 2 };
    expect(runSummary(entry, settings, 4, undefined)).toBe('4 jobs · 8 images · ≈ 128 credits');
    expect(runSummary(entry, { ...settings, n: 1 }, 1, undefined)).toBe('1 job · 1 image · ≈ 16 credits');
  });

  it('prices 1min.ai by the server’s prices per megapixel: "up to" while that is its upper bound', () => {
    const entry = getEntry('onemin:gpt-image-2:generate')!;
    const settings = { ...initialSettings(entry), size: '1000x1000', quality: 'low' as const };
    const price = (perMegapixel: number, learned: boolean) => ({ perMegapixel, learned });
    const prices = (learned: boolean) => ({
      [entry.id]: { low: price(2_000, learned), medium: price(8_000, learned), high: price(30_000, learned) },
    });
    expect(runSummary(entry, settings, 4, prices(false))).toBe('4 jobs · 4 images · up to 8,000 credits');
    expect(runSummary(entry, settings, 4, prices(true))).toBe('4 jobs · 4 images · ≈ 8,000 credits');
    expect(runSummary(entry, settings, 4, undefined)).toBe('4 jobs · 4 images · price not known yet');
  });
});
