import { describe, expect, it } from 'vitest';
import { GPT_IMAGE_2_LIMITS } from '../../catalog/sizes.ts';
import { fitWithinLimits } from './fit.ts';

const { maxEdge, maxPixels } = GPT_IMAGE_2_LIMITS;

describe('fitWithinLimits', () => {
  it('keeps a size that already fits', () => {
    expect(fitWithinLimits({ width: 1000, height: 750 }, maxEdge, maxPixels)).toEqual({
      width: 1000,
      height: 750,
    });
    expect(fitWithinLimits({ width: 3840, height: 2160 }, maxEdge, maxPixels)).toEqual({
      width: 3840,
      height: 2160,
    });
  });

  it('scales a too-long edge down to the edge limit, keeping the ratio', () => {
    const fitted = fitWithinLimits({ width: 7680, height: 2160 }, maxEdge, maxPixels);
    expect(fitted).toEqual({ width: 3840, height: 1080 });
  });

  it('scales a too-large area down under the pixel limit', () => {
    const fitted = fitWithinLimits({ width: 3800, height: 3800 }, maxEdge, maxPixels);
    expect(fitted.width * fitted.height).toBeLessThanOrEqual(maxPixels);
    expect(fitted.width).toBe(fitted.height);
    expect(fitted.width).toBeGreaterThan(2870);
  });
});
