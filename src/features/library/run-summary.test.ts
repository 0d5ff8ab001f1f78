import { describe, expect, it } from 'vitest';
import { getEntry, initialSettings } from '../../catalog/index.ts';
import { runSummary } from './run-summary.ts';

describe('runSummary', () => {
  it('prices every job from the catalog, counting images by n', () => {
    const entry = getEntry('gptimageapi:gpt-image-2:edit')!;
    const settings = { ...initialSettings(entry), quality: 'high' as const, n: 2 };
    expect(runSummary(entry, settings, 4)).toBe('4 jobs · 8 images · ≈ 128 credits');
    expect(runSummary(entry, { ...settings, n: 1 }, 1)).toBe('1 job · 1 image · ≈ 16 credits');
  });

  it('says plainly when the provider publishes no price', () => {
    const entry = getEntry('onemin:gpt-image-2:generate')!;
    expect(runSummary(entry, initialSettings(entry), 4)).toBe(
      '4 jobs · 4 images · 1min.ai publishes no credit price',
    );
  });
});
