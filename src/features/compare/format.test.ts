import { describe, expect, it } from 'vitest';
import { formatPercent } from './format.ts';

describe('formatPercent', () => {
  it('writes shares with one decimal and never rounds a change down to zero', () => {
    expect(formatPercent(0)).toBe('0.0 %');
    expect(formatPercent(0.0004)).toBe('< 0.1 %');
    expect(formatPercent(0.1234)).toBe('12.3 %');
    expect(formatPercent(1)).toBe('100 %');
  });
});
