import { describe, expect, it } from 'vitest';
import { formatFromPath } from './result.ts';

describe('formatFromPath', () => {
  it.each([
    ['development/images/a.png', 'png'],
    ['https://cdn.gptimageapi.dev/edits/1.PNG', 'png'],
    ['a.jpg', 'jpeg'],
    ['a.jpeg?X-Amz-Signature=x', 'jpeg'],
    ['https://asset.1min.ai/a.webp#frag', 'webp'],
    ['https://s3.example.test/a.png.txt', undefined],
    ['a/b', undefined],
    ['a.gif', undefined],
  ])('%s → %s', (path, format) => {
    expect(formatFromPath(path)).toBe(format);
  });
});
