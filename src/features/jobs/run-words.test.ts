import { describe, expect, it } from 'vitest';
import { formatSeconds, isRunShortcut, progressText } from './run-words.ts';

const key = (
  key: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('run words', () => {
  it('says what is happening and for how long', () => {
    expect(progressText('generate', 3, 12.7)).toBe('Generating 3 images… 12 s');
    expect(progressText('generate', 1, 0)).toBe('Generating 1 image… 0 s');
    expect(progressText('inpaint', 2, 65)).toBe('Inpainting 2 images… 1 min 05 s');
  });

  it('never shows negative time', () => {
    expect(formatSeconds(-3)).toBe('0 s');
  });

  it('runs on Ctrl+Enter and ⌘+Enter only', () => {
    expect(isRunShortcut(key('Enter', { ctrlKey: true }))).toBe(true);
    expect(isRunShortcut(key('Enter', { metaKey: true }))).toBe(true);
    expect(isRunShortcut(key('Enter'))).toBe(false);
    expect(isRunShortcut(key('Enter', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isRunShortcut(key('a', { ctrlKey: true }))).toBe(false);
  });
});
