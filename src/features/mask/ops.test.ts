import { describe, expect, it } from 'vitest';
import { compactDocument, MaskDocument, MaskOp } from './ops.ts';

describe('MaskOp', () => {
  it('accepts every kind of operation and defaults softness to a hard edge', () => {
    const parsed = MaskDocument.parse([
      { type: 'brush', points: [1, 2, 3, 4], size: 10 },
      { type: 'erase', points: [1, 2], size: 4, softness: 0.5, pressures: [0.7] },
      { type: 'rect', x: -5, y: 2, width: 10, height: 3, erase: true },
      { type: 'fill' },
      { type: 'clear' },
      { type: 'invert' },
    ]);
    expect(parsed[0]).toEqual({ type: 'brush', points: [1, 2, 3, 4], size: 10, softness: 0 });
    expect(parsed).toHaveLength(6);
  });

  it('rejects strokes whose points or pressures do not pair up', () => {
    expect(MaskOp.safeParse({ type: 'brush', points: [1, 2, 3], size: 10 }).success).toBe(false);
    expect(MaskOp.safeParse({ type: 'brush', points: [1, 2, 3, 4], size: 10, pressures: [1] }).success).toBe(
      false,
    );
    expect(MaskOp.safeParse({ type: 'brush', points: [], size: 10 }).success).toBe(false);
    expect(MaskOp.safeParse({ type: 'brush', points: [1, 2], size: 0 }).success).toBe(false);
    expect(MaskOp.safeParse({ type: 'brush', points: [1, 2], size: 3, softness: 2 }).success).toBe(false);
    expect(MaskOp.safeParse({ type: 'rect', x: 0, y: 0, width: -1, height: 1, erase: false }).success).toBe(
      false,
    );
    expect(MaskOp.safeParse({ type: 'smudge' }).success).toBe(false);
  });
});

describe('compactDocument', () => {
  const dot: MaskOp = { type: 'brush', points: [1, 1], size: 2, softness: 0 };

  it('drops what a later clear hides, and the clear itself', () => {
    expect(compactDocument([dot, { type: 'invert' }, { type: 'clear' }, dot])).toEqual([dot]);
  });

  it('keeps a fill and what follows it', () => {
    const ops = compactDocument([dot, { type: 'fill' }, dot]);
    expect(ops).toEqual([{ type: 'fill' }, dot]);
    expect(ops[1]).toBe(dot);
  });

  it('returns a copy when there is nothing to drop', () => {
    const ops: MaskOp[] = [dot, { type: 'invert' }];
    const compacted = compactDocument(ops);
    expect(compacted).toEqual(ops);
    expect(compacted).not.toBe(ops);
  });
});
