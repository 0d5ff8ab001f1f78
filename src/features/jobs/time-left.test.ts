import { describe, expect, it } from 'vitest';
import { timeLeftText, typicalDurationMs } from './time-left.ts';

describe('typicalDurationMs', () => {
  it('is the median of past durations, or null without any', () => {
    expect(typicalDurationMs([])).toBeNull();
    expect(typicalDurationMs([30_000, 10_000, 20_000])).toBe(20_000);
    expect(typicalDurationMs([10_000, 40_000, 20_000, 30_000])).toBe(25_000);
  });
});

describe('timeLeftText', () => {
  it('says what is left, rounded up to 5 s', () => {
    expect(timeLeftText(3_000, 20_000)).toBe('about 20 s left');
    expect(timeLeftText(0, 21_000)).toBe('about 25 s left');
    expect(timeLeftText(0, 150_000)).toBe('about 3 min left');
  });

  it('says almost done past the typical time, and nothing without an estimate', () => {
    expect(timeLeftText(25_000, 20_000)).toBe('almost done');
    expect(timeLeftText(5_000, null)).toBeNull();
  });
});
