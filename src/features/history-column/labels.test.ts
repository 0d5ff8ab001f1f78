import { describe, expect, it } from 'vitest';
import { creditsText, durationText, HISTORY_MODELS } from './labels.ts';
import { jobStart } from '../history/fixtures.ts';

describe('history labels', () => {
  it('offers each catalog model once', () => {
    expect(HISTORY_MODELS).toEqual(['gpt-image-2', 'gpt-image-1-mini']);
  });

  it('writes durations and credits for people', () => {
    expect(durationText(12_345)).toBe('12.3 s');
    expect(durationText(125_000)).toBe('2 min 5 s');
    const job = { ...jobStart('a'), status: 'done' as const, images: [] };
    expect(creditsText(job)).toBeUndefined();
    expect(creditsText({ ...job, credits: { job: 1 } })).toBe('1 credit');
    expect(creditsText({ ...job, credits: { job: 16 } })).toBe('16 credits');
  });
});
