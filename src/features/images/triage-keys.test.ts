import { describe, expect, it } from 'vitest';
import { TRIAGE_SHORTCUTS, moveTarget, triageCommand } from './triage-keys.ts';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  triageCommand({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('triageCommand', () => {
  it('maps each triage key, in either case', () => {
    expect(press(' ')).toEqual({ type: 'view' });
    expect(press('s')).toEqual({ type: 'star' });
    expect(press('S')).toEqual({ type: 'star' });
    expect(press('x')).toEqual({ type: 'reject' });
    expect(press('3')).toEqual({ type: 'pick', slot: 2 });
    expect(press('c')).toEqual({ type: 'compare' });
    expect(press('d')).toEqual({ type: 'download' });
    expect(press('Enter')).toEqual({ type: 'use-as-source' });
    expect(press('ArrowUp')).toEqual({ type: 'move', key: 'ArrowUp' });
  });

  it('leaves other keys and browser shortcuts alone', () => {
    expect(press('5')).toBeNull();
    expect(press('q')).toBeNull();
    expect(press('s', { ctrlKey: true })).toBeNull();
    expect(press('d', { metaKey: true })).toBeNull();
    expect(press('Enter', { altKey: true })).toBeNull();
  });

  it('lists every key it knows on the sheet', () => {
    expect(TRIAGE_SHORTCUTS.map((row) => row.keys)).toEqual([
      '← → ↑ ↓',
      'Space',
      'S',
      'X',
      '1 – 4',
      'C',
      'D',
      'Enter',
    ]);
  });
});

describe('moveTarget', () => {
  // Two rows of three tiles, 100 px wide, then one tile alone in a third row.
  const tile = (col: number, row: number) => ({ x: col * 110, y: row * 110, width: 100, height: 100 });
  const grid = [tile(0, 0), tile(1, 0), tile(2, 0), tile(0, 1), tile(1, 1), tile(2, 1), tile(0, 2)];

  it('steps left and right in reading order and stops at the ends', () => {
    expect(moveTarget(grid, 2, 'ArrowRight')).toBe(3);
    expect(moveTarget(grid, 0, 'ArrowLeft')).toBe(0);
    expect(moveTarget(grid, 6, 'ArrowRight')).toBe(6);
  });

  it('goes to the same column of the next row, or the nearest tile of a shorter row', () => {
    expect(moveTarget(grid, 1, 'ArrowDown')).toBe(4);
    expect(moveTarget(grid, 4, 'ArrowUp')).toBe(1);
    expect(moveTarget(grid, 5, 'ArrowDown')).toBe(6);
    expect(moveTarget(grid, 0, 'ArrowUp')).toBe(0);
  });
});
