import { describe, expect, it } from 'vitest';
import { checkSize, getEntry } from '../../../catalog/index.ts';
import { formatMegapixels, formatRatio, joinSize, orientation, snapTyped, splitSize } from './size-facts.ts';

const generate = getEntry('onemin:gpt-image-2:generate')!;

describe('size facts', () => {
  it('splits what was typed, even when it breaks a rule', () => {
    expect(splitSize('1000x1000')).toEqual({ width: 1000, height: 1000 });
    expect(splitSize('x512')).toEqual({ width: 0, height: 512 });
    expect(joinSize({ width: 1000, height: 750 })).toBe('1000x750');
  });

  it('reads megapixels and ratios the way a designer says them', () => {
    expect(formatMegapixels({ width: 1536, height: 1024 })).toBe('1.57 MP');
    expect(formatRatio({ width: 1536, height: 1024 })).toBe('3:2');
    expect(formatRatio({ width: 1920, height: 1080 })).toBe('16:9');
    expect(formatRatio({ width: 1000, height: 999 })).toBe('1.00:1');
    expect(formatRatio({ width: 0, height: 10 })).toBe('—');
  });

  it('snaps a broken size to a valid one of nearly the same shape', () => {
    for (const typed of ['1000x1000', '1920x1080', '5000x1000', '100x100', '4000x4000']) {
      const snapped = snapTyped(splitSize(typed));
      expect(checkSize(generate, snapped), `${typed} → ${snapped}`).toEqual([]);
    }
    expect(snapTyped({ width: 1000, height: 1000 })).toBe('1008x1008');
  });

  it('names the orientation of a fixed size', () => {
    expect(orientation({ width: 1024, height: 1536 })).toBe('Portrait');
    expect(orientation({ width: 1536, height: 1024 })).toBe('Landscape');
    expect(orientation({ width: 1024, height: 1024 })).toBe('Square');
  });
});
