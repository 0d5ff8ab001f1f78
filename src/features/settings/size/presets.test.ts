import { describe, expect, it } from 'vitest';
import { checkSize, getEntry, parsePixelSize } from '../../../catalog/index.ts';
import { SIZE_PRESETS } from './presets.ts';

const generate = getEntry('onemin:gpt-image-2:generate')!;

describe('size presets', () => {
  it('are all valid gpt-image-2 sizes', () => {
    for (const preset of SIZE_PRESETS) expect(checkSize(generate, preset.size), preset.id).toEqual([]);
  });

  it('keep the classic three exact', () => {
    const byId = Object.fromEntries(SIZE_PRESETS.map((preset) => [preset.id, preset.size]));
    expect(byId.square).toBe('1024x1024');
    expect(byId.portrait).toBe('1024x1536');
    expect(byId.landscape).toBe('1536x1024');
  });

  it('match the ratio they are named by within 1 %', () => {
    for (const preset of SIZE_PRESETS) {
      const { width, height } = parsePixelSize(preset.size)!;
      const [w, h] = preset.ratio.split(':').map(Number) as [number, number];
      expect(Math.abs(width / height / (w / h) - 1), preset.id).toBeLessThan(0.01);
    }
  });

  it('have unique ids and sizes', () => {
    expect(new Set(SIZE_PRESETS.map((p) => p.id)).size).toBe(SIZE_PRESETS.length);
    expect(new Set(SIZE_PRESETS.map((p) => p.size)).size).toBe(SIZE_PRESETS.length);
  });
});
