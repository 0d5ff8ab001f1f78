import { describe, expect, it } from 'vitest';
import { isRunShortcut } from './run-words.ts';

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
  it('runs on Ctrl+Enter and ⌘+Enter only', () => {
    expect(isRunShortcut(key('Enter', { ctrlKey: true }))).toBe(true);
    expect(isRunShortcut(key('Enter', { metaKey: true }))).toBe(true);
    expect(isRunShortcut(key('Enter'))).toBe(false);
    expect(isRunShortcut(key('Enter', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isRunShortcut(key('a', { ctrlKey: true }))).toBe(false);
  });
});
