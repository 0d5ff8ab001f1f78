import { describe, expect, it } from 'vitest';
import { tileAspect } from './aspect.ts';

describe('tileAspect', () => {
  it("prefers the image's own size", () => {
    expect(tileAspect({ width: 1536, height: 1024 }, '1024x1024')).toBe('1536 / 1024');
  });

  it('falls back to the requested pixel size, then the requested ratio, then square', () => {
    expect(tileAspect(undefined, '1024x1536')).toBe('1024 / 1536');
    expect(tileAspect({}, '16:9')).toBe(`${16 / 9}`);
    expect(tileAspect(undefined, 'garbage')).toBe('1 / 1');
  });
});
