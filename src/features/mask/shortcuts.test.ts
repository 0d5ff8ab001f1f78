import { describe, expect, it } from 'vitest';
import { MASK_SHORTCUTS, commandForKey, type KeyLike } from './shortcuts.ts';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('commandForKey', () => {
  it('maps the plain keys', () => {
    expect(commandForKey(key('b'))).toBe('brush');
    expect(commandForKey(key('E'))).toBe('eraser');
    expect(commandForKey(key('r'))).toBe('rect');
    expect(commandForKey(key('l'))).toBe('lasso');
    expect(commandForKey(key('P'))).toBe('polygon');
    expect(commandForKey(key('w'))).toBe('wand');
    expect(commandForKey(key('Enter'))).toBe('confirm');
    expect(commandForKey(key('Escape'))).toBe('cancel');
    expect(commandForKey(key('Backspace'))).toBe('undo-point');
    expect(commandForKey(key('['))).toBe('smaller');
    expect(commandForKey(key(']'))).toBe('larger');
    expect(commandForKey(key('x'))).toBe('invert');
    expect(commandForKey(key('i'))).toBe('invert');
    expect(commandForKey(key('0'))).toBe('fit');
    expect(commandForKey(key('1'))).toBe('actual-size');
    expect(commandForKey(key('+'))).toBe('zoom-in');
    expect(commandForKey(key('-'))).toBe('zoom-out');
  });

  it('undoes with Ctrl/⌘+Z and redoes with Shift added or Ctrl+Y', () => {
    expect(commandForKey(key('z', { ctrlKey: true }))).toBe('undo');
    expect(commandForKey(key('z', { metaKey: true }))).toBe('undo');
    expect(commandForKey(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(commandForKey(key('z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(commandForKey(key('y', { ctrlKey: true }))).toBe('redo');
  });

  it("leaves the browser's own shortcuts and unknown keys alone", () => {
    expect(commandForKey(key('r', { ctrlKey: true }))).toBeNull();
    expect(commandForKey(key('b', { altKey: true }))).toBeNull();
    expect(commandForKey(key('z'))).toBeNull();
    expect(commandForKey(key('Tab'))).toBeNull();
  });
});

describe('MASK_SHORTCUTS', () => {
  it('lists every plain key that commandForKey knows, so the sheet cannot fall behind', () => {
    const listed = MASK_SHORTCUTS.map((row) => row.keys).join(' ');
    for (const k of ['B', 'E', 'R', '[', ']', 'X or I', '0', '1', '+', '−']) expect(listed).toContain(k);
    expect(MASK_SHORTCUTS.find((row) => row.action === 'Undo')?.keys).toContain('Z');
  });
});
