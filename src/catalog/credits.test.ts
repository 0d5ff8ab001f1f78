import { describe, expect, it } from 'vitest';
import { addEstimates, creditCount, creditWords, estimateCredits, estimateText } from './credits.ts';
import type { MegapixelPrices } from './schema.ts';
import { getEntry } from './entries.ts';

const generate = getEntry('onemin:gpt-image-2:generate')!;
const mini = getEntry('onemin:gpt-image-1-mini:edit')!;
const api = getEntry('gptimageapi:gpt-image-2:edit')!;

const price = (perMegapixel: number, learned = false) => ({ perMegapixel, learned });
const prices: MegapixelPrices = {
  [generate.id]: { low: price(1_000, true), medium: price(4_000), high: price(20_000) },
};

describe('estimateCredits', () => {
  it('prices gptimageapi.dev per image by quality, whatever the size', () => {
    expect(estimateCredits(api, { quality: 'low', n: 1, size: '1:1' })).toEqual({
      credits: 4,
      basis: 'published',
    });
    expect(estimateCredits(api, { quality: 'medium', n: 2, size: '16:9' })?.credits).toBe(16);
    expect(estimateCredits(api, { quality: 'high', n: 3, size: '1:1' })?.credits).toBe(48);
  });

  it('prices 1min.ai by the megapixels asked (size × n), by quality, rounding up', () => {
    const at = (size: string, quality: 'low' | 'medium' | 'high', n = 1) =>
      estimateCredits(generate, { size, quality, n }, prices);
    expect(at('1000x1000', 'low')).toEqual({ credits: 1_000, basis: 'learned' });
    expect(at('2000x2000', 'low')?.credits).toBe(4_000);
    expect(at('1000x1000', 'low', 3)?.credits).toBe(3_000);
    expect(at('1024x1024', 'high')).toEqual({ credits: 20_972, basis: 'bound' });
    expect(at('3840x2160', 'medium', 2)?.credits).toBe(Math.ceil(4_000 * 8.2944 * 2));
  });

  it('gives no figure before the server’s prices are known, or for an entry they do not name', () => {
    expect(estimateCredits(generate, { quality: 'high', n: 1, size: '1024x1024' })).toBeNull();
    expect(estimateCredits(mini, { quality: 'low', n: 4, size: '1024x1024' }, prices)).toBeNull();
  });
});

describe('addEstimates and estimateText', () => {
  it('adds jobs, an upper bound making the sum one', () => {
    const learned = { credits: 1_000, basis: 'learned' } as const;
    const bound = { credits: 150_000, basis: 'bound' } as const;
    const published = { credits: 16, basis: 'published' } as const;
    expect(addEstimates([published, published])).toEqual({ credits: 32, basis: 'published' });
    expect(addEstimates([published, learned])).toEqual({ credits: 1_016, basis: 'learned' });
    expect(addEstimates([learned, bound, published])).toEqual({ credits: 151_016, basis: 'bound' });
    expect(addEstimates([learned, null])).toBeNull();
    expect(estimateText(learned)).toBe('≈ 1,000 credits');
    expect(estimateText({ credits: 151_016, basis: 'bound' })).toBe('up to 151,016 credits');
  });
});

describe('creditCount and creditWords', () => {
  it('write every count of credits alike: thousands grouped, a fraction to one place', () => {
    expect(creditCount(167773)).toBe('167,773');
    expect(creditCount(3.25)).toBe('3.3');
    expect(creditWords(1)).toBe('1 credit');
    expect(creditWords(1024)).toBe('1,024 credits');
    // The word follows the number as written.
    expect(creditWords(0.96)).toBe('1 credit');
    expect(creditWords(1.04)).toBe('1 credit');
  });
});
