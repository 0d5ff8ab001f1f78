import { describe, expect, it } from 'vitest';
import {
  BRUSH_SIZE_MAX,
  BRUSH_SIZE_MIN,
  DEFAULT_VIEW_SETTINGS,
  MaskViewSettings,
  brushSizeToSlider,
  sliderToBrushSize,
  stepBrushSize,
} from './view-settings.ts';

describe('MaskViewSettings', () => {
  it('replaces missing or broken values with defaults and clamps the rest', () => {
    expect(MaskViewSettings.parse({})).toEqual(DEFAULT_VIEW_SETTINGS);
    const parsed = MaskViewSettings.parse({
      tool: 'smudge',
      brushSize: 99_999,
      softness: -2,
      overlayColor: 'red',
      overlayOpacity: 0.3,
      tolerance: 300,
      contiguous: 'yes',
      adjustBy: 0,
    });
    expect(parsed).toEqual({
      ...DEFAULT_VIEW_SETTINGS,
      brushSize: BRUSH_SIZE_MAX,
      softness: 0,
      overlayOpacity: 0.3,
      tolerance: 255,
      adjustBy: 1,
    });
    expect(MaskViewSettings.parse({ tool: 'lasso' }).tool).toBe('lasso');
  });
});

describe('stepBrushSize', () => {
  it('grows and shrinks by at least a pixel and about a fifth, within the limits', () => {
    expect(stepBrushSize(100, 'up')).toBe(120);
    expect(stepBrushSize(100, 'down')).toBe(83);
    expect(stepBrushSize(2, 'up')).toBe(3);
    expect(stepBrushSize(2, 'down')).toBe(1);
    expect(stepBrushSize(BRUSH_SIZE_MIN, 'down')).toBe(BRUSH_SIZE_MIN);
    expect(stepBrushSize(BRUSH_SIZE_MAX, 'up')).toBe(BRUSH_SIZE_MAX);
  });
});

describe('brush size slider', () => {
  it('spans the limits and maps sizes back to themselves', () => {
    expect(sliderToBrushSize(0)).toBe(BRUSH_SIZE_MIN);
    expect(sliderToBrushSize(1)).toBe(BRUSH_SIZE_MAX);
    for (const size of [1, 5, 30, 250, 1000]) expect(sliderToBrushSize(brushSizeToSlider(size))).toBe(size);
    expect(brushSizeToSlider(30)).toBeGreaterThan(0.45);
  });
});
