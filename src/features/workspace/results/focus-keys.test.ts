import { describe, expect, it } from 'vitest';
import { focusCommand } from './focus-keys.ts';

const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) =>
  focusCommand({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('focusCommand', () => {
  it('steps with ← and →, and goes back to the grid with Esc', () => {
    expect([press('ArrowLeft'), press('ArrowRight'), press('Escape')]).toEqual(['previous', 'next', 'close']);
  });

  it('leaves other keys, and arrows with a modifier, alone', () => {
    expect(press('ArrowUp')).toBeNull();
    expect(press(' ')).toBeNull();
    expect(press('ArrowLeft', { altKey: true })).toBeNull();
    expect(press('ArrowRight', { metaKey: true })).toBeNull();
  });
});
