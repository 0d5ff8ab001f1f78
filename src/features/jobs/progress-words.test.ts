import { describe, expect, it } from 'vitest';
import { formatSeconds, progressText } from './progress-words.ts';

describe('progress words', () => {
  it('says what is happening and for how long', () => {
    expect(progressText('generate', 3, 12.7)).toBe('Generating 3 images… 12 s');
    expect(progressText('generate', 1, 0)).toBe('Generating 1 image… 0 s');
    expect(progressText('inpaint', 2, 65)).toBe('Inpainting 2 images… 1 min 05 s');
  });

  it('never shows negative time', () => {
    expect(formatSeconds(-3)).toBe('0 s');
  });
});
