import { describe, expect, it } from 'vitest';
import { getEntry, initialSettings, type MegapixelPrices } from '../../catalog/index.ts';
import type { RecordedCharge } from '../history/index.lazy.ts';
import { estimateJobCredits, estimateWords } from './credit-estimate.ts';

const inpaint = getEntry('onemin:gpt-image-2:inpaint')!;
const gptimageapi = getEntry('gptimageapi:gpt-image-2:edit')!;
const settings = (size: string, quality: 'low' | 'medium' | 'high' = 'medium', n = 1) => ({
  ...initialSettings(inpaint),
  size,
  quality,
  n,
});
const charge = (size: string, credits: number, more: Partial<RecordedCharge> = {}): RecordedCharge => ({
  provider: 'onemin',
  model: 'gpt-image-2',
  quality: 'medium',
  size,
  n: 1,
  credits,
  ...more,
});
const prices = (perMegapixel: number, learned: boolean): MegapixelPrices => {
  const price = { perMegapixel, learned };
  return { [inpaint.id]: { low: price, medium: price, high: price } };
};

describe('estimateJobCredits', () => {
  it('takes the published price where the provider has one', () => {
    expect(estimateJobCredits(gptimageapi, settings('1:1', 'high', 2), [charge('1024x1024', 1)])).toEqual({
      credits: 32,
      basis: 'published',
    });
  });

  it('learns 1min.ai’s price from charges of the same model, quality and size: their lower median per image', () => {
    const charges = [
      charge('1536x2736', 25_000),
      charge('1536x2736', 25_400),
      // Another user of the account ran a job at the same time: this one was inflated.
      charge('1536x2736', 90_000),
      charge('1536x2736', 50_000, { n: 2 }),
      charge('1536x2736', 1_000, { quality: 'low' }),
      charge('1536x2736', 1_000, { model: 'gpt-image-1-mini' }),
      charge('1536x2736', 1_000, { provider: 'gptimageapi' }),
      charge('1024x1024', 6_000),
    ];
    // 25,000, 25,000 (50,000 for two), 25,400 and 90,000: of the two middle values the lower.
    expect(estimateJobCredits(inpaint, settings('1536x2736'), charges)).toEqual({
      credits: 25_000,
      basis: 'history',
      samples: 4,
    });
    expect(estimateJobCredits(inpaint, settings('1536x2736', 'medium', 3), charges).credits).toBe(75_000);
    // A first job charged its reservation (the server was not sure of its share) does not pull the figure up.
    expect(
      estimateJobCredits(inpaint, settings('1536x2736'), [
        charge('1536x2736', 168_100),
        charge('1536x2736', 25_215),
      ]).credits,
    ).toBe(25_215);
    // The same size charged here wins over the server's price per megapixel.
    expect(estimateJobCredits(inpaint, settings('1536x2736'), charges, prices(9_000, true)).basis).toBe(
      'history',
    );
  });

  it('scales by pixels when the size was never charged, and says from which sizes', () => {
    const charges = [charge('1024x1024', 6_291), charge('1024x1024', 6_291), charge('1536x1024', 9_437)];
    const estimate = estimateJobCredits(inpaint, settings('1536x2736'), charges);
    expect(estimate).toMatchObject({ basis: 'history', samples: 3, scaledFrom: ['1024x1024', '1536x1024'] });
    // 6,291 credits per 1,048,576 pixels, times 4,202,496 pixels.
    expect(estimate.credits).toBe(Math.round((6_291 / 1_048_576) * 1536 * 2736));
    // An upper bound of the server's says less than charges scaled; a learned price says more.
    expect(estimateJobCredits(inpaint, settings('1536x2736'), charges, prices(20_000, false)).basis).toBe(
      'history',
    );
    expect(estimateJobCredits(inpaint, settings('1536x2736'), charges, prices(6_000, true))).toEqual({
      credits: Math.ceil(6_000 * 4.202496),
      basis: 'server',
      bound: false,
    });
  });

  it('falls back on the server’s upper bound, and knows nothing without any charge or price', () => {
    expect(estimateJobCredits(inpaint, settings('1536x2736'), [], prices(20_000, false))).toEqual({
      credits: Math.ceil(20_000 * 4.202496),
      basis: 'server',
      bound: true,
    });
    expect(estimateJobCredits(inpaint, settings('1536x2736', 'high'), [charge('1024x1024', 6_291)])).toEqual({
      credits: null,
      basis: 'unknown',
    });
    expect(estimateJobCredits(inpaint, settings('1536x2736'), [])).toEqual({
      credits: null,
      basis: 'unknown',
    });
  });
});

describe('estimateWords', () => {
  it('says the figure and what it rests on', () => {
    expect(
      estimateWords({ credits: 25_213, basis: 'history', samples: 1, scaledFrom: ['1024x1024'] }, inpaint),
    ).toBe(
      '≈ 25,213 credits (1min.ai publishes no price: learned from 1 earlier charge of this browser at gpt-image-2, this quality, scaled by pixels from 1024×1024)',
    );
    expect(estimateWords({ credits: 16, basis: 'published' }, gptimageapi)).toBe(
      "≈ 16 credits (gptimageapi.dev's published price)",
    );
    expect(estimateWords({ credits: 84_050, basis: 'server', bound: true }, inpaint)).toMatch(
      /^up to 84,050 credits \(the studio server's upper bound/,
    );
    expect(estimateWords({ credits: null, basis: 'unknown' }, inpaint)).toMatch(/^credits unknown/);
  });
});
