import { describe, expect, it } from 'vitest';
import { arrowMove } from './arrow-move.ts';

describe('arrowMove', () => {
  it('moves by the step along the arrow, and ignores other keys', () => {
    const at = { x: 10, y: 20 };
    expect(arrowMove('ArrowLeft', at, 3)).toEqual({ x: 7, y: 20 });
    expect(arrowMove('ArrowRight', at, 3)).toEqual({ x: 13, y: 20 });
    expect(arrowMove('ArrowUp', at, 3)).toEqual({ x: 10, y: 17 });
    expect(arrowMove('ArrowDown', at, 3)).toEqual({ x: 10, y: 23 });
    expect(arrowMove('Enter', at, 3)).toBeNull();
  });
});
