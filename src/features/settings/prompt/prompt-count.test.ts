import { describe, expect, it } from 'vitest';
import { getEntry, initialSettings, validateSettings } from '../../../catalog/index.ts';
import { promptCount, promptLengthWarning } from './prompt-count.ts';

const entry = getEntry('onemin:gpt-image-2:generate')!;

describe('prompt counter', () => {
  it('reads "123 / 4,000"', () => {
    expect(promptCount(123, 4000)).toBe('123 / 4,000');
    expect(promptCount(4321, 4000)).toBe('4,321 / 4,000');
  });

  it('warns with the rule sentence only past the limit', () => {
    const at = validateSettings(entry, initialSettings(entry, 'a'.repeat(4000)));
    expect(promptLengthWarning(at)).toBeUndefined();
    const past = validateSettings(entry, initialSettings(entry, 'a'.repeat(4001)));
    expect(promptLengthWarning(past)).toBe('The prompt is 4,001 characters; the limit is 4,000. Shorten it.');
  });
});
