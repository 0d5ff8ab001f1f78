import { describe, expect, it } from 'vitest';
import { spendDescription, spendLabel, spendTone } from './spend-words.ts';

const resetsAt = '2026-11-28T00:00:00.000Z';

describe('spend words', () => {
  it('say the spend against the budget, and warn when little is left', () => {
    const spend = { today: 12, budget: 16, resetsAt };
    expect(spendLabel(spend)).toBe('12 / 16 credits today');
    expect(spendTone(spend)).toBe('neutral');
    expect(spendTone({ ...spend, today: 13 })).toBe('danger');
    expect(spendDescription(spend, 'alice')).toBe(
      'alice has spent 12 of a daily budget of 16 credits; 4 left. Resets at 00:00 UTC.',
    );
  });

  it('say the spend alone without a budget, with fractions of a credit rounded', () => {
    const spend = { today: 3.25, budget: null, resetsAt };
    expect(spendLabel(spend)).toBe('3.3 credits today');
    expect(spendLabel({ ...spend, today: 1 })).toBe('1 credit today');
    expect(spendTone(spend)).toBe('neutral');
    expect(spendDescription(spend, 'local')).toBe(
      'local has spent 3.3 credits today, with no daily budget. Resets at 00:00 UTC.',
    );
  });
});
