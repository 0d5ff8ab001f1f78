import { describe, expect, it } from 'vitest';
import { checkSize, getEntry } from '../../catalog/index.ts';
import { sizeForSource } from './size-for-source.ts';

const edit = getEntry('onemin:gpt-image-2:edit')!;
const mini = getEntry('onemin:gpt-image-1-mini:edit')!;

describe('sizeForSource', () => {
  it("keeps the user's size when it already has the source's shape", () => {
    expect(sizeForSource(edit, '1536x1024', { width: 3000, height: 2000 })).toBeNull();
  });

  it("proposes the size nearest a source's own", () => {
    expect(sizeForSource(edit, '1024x1024', { width: 1000, height: 750 })).toBe('1024x768');
    expect(sizeForSource(edit, '1024x1024', { width: 1536, height: 1024 })).toBe('1536x1024');
  });

  it("gives a scaled-down source its shape at the area the user chose, not the source's", () => {
    const proposal = sizeForSource(edit, '1024x1024', {
      width: 3840,
      height: 1920,
      scaledFrom: { width: 12000, height: 6000 },
    })!;
    const [w, h] = proposal.split('x').map(Number) as [number, number];
    expect(w / h).toBeCloseTo(2, 1);
    expect(w * h).toBeLessThan(1024 * 1024 * 1.2);
    expect(checkSize(edit, proposal)).toEqual([]);
  });

  it('picks the closest fixed size for a model with three sizes', () => {
    expect(sizeForSource(mini, '1024x1024', { width: 1200, height: 800 })).toBe('1536x1024');
  });
});
