import { describe, expect, it } from 'vitest';
import { cssAspect, tileSize } from './aspect.ts';

describe('tileSize', () => {
  it("prefers the image's own size", () => {
    expect(tileSize({ width: 1536, height: 1024 }, '1024x1024')).toEqual({
      width: 1536,
      height: 1024,
      pixels: true,
    });
  });

  it('falls back to the requested pixel size, then the requested ratio (no pixels), then square', () => {
    expect(tileSize(undefined, '1024x1536')).toEqual({ width: 1024, height: 1536, pixels: true });
    expect(tileSize({}, '16:9')).toEqual({ width: 16 / 9, height: 1, pixels: false });
    expect(tileSize(undefined, 'garbage')).toEqual({ width: 1, height: 1, pixels: false });
  });

  it('reads as a CSS aspect-ratio', () => {
    expect(cssAspect(tileSize(undefined, '1024x1536'))).toBe('1024 / 1536');
  });
});
