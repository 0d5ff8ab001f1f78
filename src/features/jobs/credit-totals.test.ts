import { describe, expect, it } from 'vitest';
import { answeredCredits, startOfLocalDay } from './credit-totals.ts';

describe('startOfLocalDay', () => {
  it('is local midnight of the same day, whatever the hour', () => {
    const evening = new Date(2026, 10, 27, 22, 45, 10).getTime();
    expect(startOfLocalDay(evening)).toBe(new Date(2026, 10, 27).getTime());
    expect(startOfLocalDay(new Date(2026, 10, 27).getTime())).toBe(new Date(2026, 10, 27).getTime());
  });
});

describe('answeredCredits', () => {
  it('sums the reported costs and skips answers without one', () => {
    const images = [{ url: 'u', format: 'png' as const }];
    expect(
      answeredCredits([
        { provider: 'gptimageapi', images, credits: { job: 8 } },
        undefined,
        { provider: 'onemin', images, credits: {} },
        { provider: 'onemin', images, credits: { job: 16 } },
      ]),
    ).toBe(24);
  });
});
