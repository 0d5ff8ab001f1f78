import { describe, expect, it } from 'vitest';
import { fitSourceRect } from './fit-to-size.ts';

describe('fitSourceRect', () => {
  it('draws the whole source when resizing', () => {
    expect(fitSourceRect({ width: 512, height: 300 }, { width: 1024, height: 1024 }, 'resize')).toEqual({
      x: 0,
      y: 0,
      width: 512,
      height: 300,
    });
  });

  it('crops the overflow evenly to the target shape', () => {
    expect(fitSourceRect({ width: 1000, height: 500 }, { width: 1024, height: 1024 }, 'crop')).toEqual({
      x: 250,
      y: 0,
      width: 500,
      height: 500,
    });
    expect(fitSourceRect({ width: 600, height: 900 }, { width: 1536, height: 1024 }, 'crop')).toEqual({
      x: 0,
      y: 250,
      width: 600,
      height: 400,
    });
  });

  it('leaves a source of the target shape whole', () => {
    expect(fitSourceRect({ width: 512, height: 512 }, { width: 1024, height: 1024 }, 'crop')).toEqual({
      x: 0,
      y: 0,
      width: 512,
      height: 512,
    });
  });
});
