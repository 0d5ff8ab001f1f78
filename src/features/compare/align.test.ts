import { describe, expect, it } from 'vitest';
import { alignToSource } from './align.ts';
import { testPicture } from './test-images.ts';

describe('alignToSource', () => {
  it('leaves a result of the source size as it is, compared with the source itself', () => {
    const source = testPicture(40, 30);
    const result = testPicture(40, 30);
    const aligned = alignToSource(source, result);
    expect(aligned.result).toBe(result);
    expect(aligned.expected).toBe(source);
    expect(aligned.band).toBe(0);
    expect(aligned.covered).toEqual({ left: 0, top: 0, right: 40, bottom: 30 });
  });

  it('brings a larger result of the same shape onto the whole source, with a thin band', () => {
    const aligned = alignToSource(testPicture(1000, 750), testPicture(1024, 768));
    expect([aligned.result.width, aligned.result.height]).toEqual([1000, 750]);
    expect([aligned.expected.width, aligned.expected.height]).toEqual([1000, 750]);
    expect(aligned.covered).toEqual({ left: 0, top: 0, right: 1000, bottom: 750 });
    expect(aligned.band).toBeGreaterThan(3);
    expect(aligned.band).toBeLessThan(10);
  });

  it('knows which part of the source a square crop of a landscape source shows', () => {
    // 1000×750 covering 1024×1024: scaled ×1.365 to 1365×1024, the middle 1024 columns kept.
    const aligned = alignToSource(testPicture(1000, 750), testPicture(1024, 1024));
    const { left, right, top, bottom } = aligned.covered;
    expect([top, bottom]).toEqual([0, 750]);
    expect(left).toBeGreaterThanOrEqual(125);
    expect(left).toBeLessThanOrEqual(126);
    expect(right).toBeGreaterThanOrEqual(874);
    expect(right).toBeLessThanOrEqual(875);
  });

  it('flattens a transparent source onto white before the round trip, as the model is sent it', () => {
    const source = { data: new Uint8ClampedArray(100 * 75 * 4), width: 100, height: 75 };
    const aligned = alignToSource(source, testPicture(128, 96));
    expect(new Set(aligned.expected.data)).toEqual(new Set([255]));
  });
});
