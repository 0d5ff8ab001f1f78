import { describe, expect, it } from 'vitest';
import { isFocusKey } from './focus-key.ts';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('isFocusKey', () => {
  it('is F, with or without Shift', () => {
    expect(isFocusKey(key('f'))).toBe(true);
    expect(isFocusKey(key('F'))).toBe(true);
  });

  it('leaves Ctrl+F, ⌘+F, Alt+F and other keys to the browser', () => {
    expect(isFocusKey(key('f', { ctrlKey: true }))).toBe(false);
    expect(isFocusKey(key('f', { metaKey: true }))).toBe(false);
    expect(isFocusKey(key('f', { altKey: true }))).toBe(false);
    expect(isFocusKey(key('Tab'))).toBe(false);
    expect(isFocusKey(key('g'))).toBe(false);
  });
});
