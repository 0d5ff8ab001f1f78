import { describe, expect, it } from 'vitest';
import type { MaskOp } from './ops.ts';
import { MAX_DRAFT_CHARS, MAX_DRAFTS, boundDrafts, type MaskDrafts } from './drafts.ts';

const dot: MaskOp = { type: 'brush', points: [1, 2], size: 3, softness: 0 };

describe('boundDrafts', () => {
  it('keeps the newest few, always keeping the current source', () => {
    const drafts: MaskDrafts = {};
    for (let i = 0; i < 9; i++) drafts[`s${i}`] = { ops: [dot], savedAt: i };
    const kept = boundDrafts(drafts, 's0');
    expect(Object.keys(kept).sort()).toEqual(['s0', 's5', 's6', 's7', 's8']);
    expect(Object.keys(kept)).toHaveLength(MAX_DRAFTS);
  });

  it('drops empty drafts of other sources', () => {
    const kept = boundDrafts(
      { a: { ops: [], savedAt: 5 }, b: { ops: [dot], savedAt: 1 }, c: { ops: [], savedAt: 2 } },
      'c',
    );
    expect(Object.keys(kept).sort()).toEqual(['b', 'c']);
  });

  it('stays within the character budget, dropping the oldest first', () => {
    const big: MaskOp = { type: 'brush', points: new Array<number>(150_000).fill(1.5), size: 3, softness: 0 };
    const kept = boundDrafts(
      { old: { ops: [big], savedAt: 1 }, newer: { ops: [big], savedAt: 2 }, now: { ops: [big], savedAt: 3 } },
      'now',
    );
    expect(Object.keys(kept).sort()).toEqual(['newer', 'now']);
    expect(JSON.stringify(kept).length).toBeLessThan(MAX_DRAFT_CHARS * 1.01);
  });
});
