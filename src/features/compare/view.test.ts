import { describe, expect, it } from 'vitest';
import {
  MAX_SCALE,
  MIN_SCALE,
  centredAt,
  cssTransform,
  fitView,
  panBy,
  wheelZoomFactor,
  zoomAt,
  zoomLabel,
} from './view.ts';

const imageToScreen = (view: { scale: number; x: number; y: number }, u: number, v: number) => ({
  x: view.x + u * view.scale,
  y: view.y + v * view.scale,
});

describe('fitView', () => {
  it('fits a wide image to the pane width and centres it vertically', () => {
    expect(fitView({ width: 800, height: 600 }, { width: 1600, height: 800 })).toEqual({
      scale: 0.5,
      x: 0,
      y: 100,
    });
  });

  it('fits a tall image to the pane height and centres it horizontally', () => {
    expect(fitView({ width: 800, height: 600 }, { width: 600, height: 1200 })).toEqual({
      scale: 0.5,
      x: 250,
      y: 0,
    });
  });

  it('falls back to 100 % before the pane has a size', () => {
    expect(fitView({ width: 0, height: 0 }, { width: 1024, height: 1024 })).toEqual({ scale: 1, x: 0, y: 0 });
  });
});

describe('zoomAt', () => {
  it('keeps the image point under the pointer in place', () => {
    const view = { scale: 0.5, x: 40, y: -20 };
    const anchor = { x: 300, y: 210 };
    const u = (anchor.x - view.x) / view.scale;
    const v = (anchor.y - view.y) / view.scale;
    const zoomed = zoomAt(view, anchor, 3);
    expect(zoomed.scale).toBe(1.5);
    const after = imageToScreen(zoomed, u, v);
    expect(after.x).toBeCloseTo(anchor.x, 9);
    expect(after.y).toBeCloseTo(anchor.y, 9);
  });

  it('clamps the scale and still keeps the anchor fixed', () => {
    const view = { scale: 20, x: 0, y: 0 };
    const zoomed = zoomAt(view, { x: 100, y: 100 }, 10);
    expect(zoomed.scale).toBe(MAX_SCALE);
    expect(imageToScreen(zoomed, 5, 5)).toEqual({ x: 100, y: 100 });
    expect(zoomAt({ scale: 0.1, x: 0, y: 0 }, { x: 0, y: 0 }, 0.01).scale).toBe(MIN_SCALE);
  });
});

describe('panBy, centredAt, wheelZoomFactor, labels', () => {
  it('pans by the pointer movement', () => {
    expect(panBy({ scale: 2, x: 10, y: 20 }, -5, 7)).toEqual({ scale: 2, x: 5, y: 27 });
  });

  it('centres at a given scale', () => {
    expect(centredAt({ width: 800, height: 600 }, { width: 1000, height: 1000 }, 1)).toEqual({
      scale: 1,
      x: -100,
      y: -200,
    });
  });

  it('zooms in on wheel up, out on wheel down, and the same for line-based deltas', () => {
    expect(wheelZoomFactor(-100, 0)).toBeGreaterThan(1);
    expect(wheelZoomFactor(100, 0)).toBeLessThan(1);
    expect(wheelZoomFactor(100, 0) * wheelZoomFactor(-100, 0)).toBeCloseTo(1, 12);
    expect(wheelZoomFactor(-3, 1)).toBeCloseTo(wheelZoomFactor(-48, 0), 12);
  });

  it('writes the zoom as a percentage and the transform as CSS', () => {
    expect(zoomLabel({ scale: 1.5, x: 0, y: 0 })).toBe('Zoom 150 %');
    expect(zoomLabel({ scale: 0.0625, x: 0, y: 0 })).toBe('Zoom 6.3 %');
    expect(cssTransform({ scale: 2, x: 10, y: -4 })).toBe('translate(10px, -4px) scale(2)');
  });
});
