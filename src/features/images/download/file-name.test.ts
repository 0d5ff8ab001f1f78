import { describe, expect, it } from 'vitest';
import { resultFileName, slugify, zipFileName } from './file-name.ts';

const base = {
  prompt: 'A red bicycle on a hill',
  mode: 'inpaint',
  model: 'gpt-image-2',
  size: '1536x1024',
  quality: 'high',
  index: 1,
  format: 'png',
} as const;

describe('resultFileName', () => {
  it('names a result by mode, model, size, quality, prompt and number', () => {
    expect(resultFileName(base)).toBe('inpaint_gpt-image-2_1536x1024_high_a-red-bicycle-on-a-hill_2.png');
  });

  it('takes the extension from the format', () => {
    expect(resultFileName({ ...base, format: 'jpeg' })).toMatch(/_2\.jpg$/);
    expect(resultFileName({ ...base, format: 'webp' })).toMatch(/_2\.webp$/);
  });

  it('leaves out a missing quality and spells aspect ratios safely', () => {
    expect(resultFileName({ ...base, quality: undefined, size: '16:9', index: 0 })).toBe(
      'inpaint_gpt-image-2_16-9_a-red-bicycle-on-a-hill_1.png',
    );
  });

  it('keeps the prompt part to 60 characters, cut between words', () => {
    const prompt =
      'An extremely detailed watercolour painting of a lighthouse on a rocky coast during a thunderstorm at night';
    const name = resultFileName({ ...base, prompt });
    const slug = name.split('_')[4]!;
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('an-extremely-detailed-watercolour-painting-of-a-lighthouse');
  });

  it('strips characters no file system should see', () => {
    const name = resultFileName({ ...base, prompt: 'a/b\\c:d*e?"f<g>h|i\u0000 ../../etc' });
    expect(name).not.toMatch(/[/\\:*?"<>|]/);
    expect(name).not.toContain('\u0000');
    expect(name).toContain('a-b-c-d-e-f-g-h-i-etc');
  });

  it('names an empty or symbol-only prompt "untitled"', () => {
    expect(resultFileName({ ...base, prompt: '  !!! ' })).toBe(
      'inpaint_gpt-image-2_1536x1024_high_untitled_2.png',
    );
  });
});

describe('slugify', () => {
  it('drops accents, keeps other scripts, and cuts a long single word', () => {
    expect(slugify('Crème Brûlée à Paris', 60)).toBe('creme-brulee-a-paris');
    expect(slugify('東京の夜景', 60)).toBe('東京の夜景');
    expect(slugify('Supercalifragilistic', 5)).toBe('super');
  });
});

describe('zipFileName', () => {
  it('names a zip by prompt and count, or by count alone', () => {
    expect(zipFileName({ prompt: 'A red bicycle', count: 4 })).toBe(
      'image-studio_a-red-bicycle_4-images.zip',
    );
    expect(zipFileName({ count: 3 })).toBe('image-studio_3-images.zip');
  });
});
