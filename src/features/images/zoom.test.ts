import { describe, expect, it } from 'vitest';
import { centred, fitView, wheelFactor, zoomAt } from './zoom.ts';

describe('fitView', () => {
  it('shrinks a large image to the frame and centres it', () => {
    expect(fitView({ width: 2000, height: 1000 }, { width: 1000, height: 800 })).toEqual({
      x: 0,
      y: 150,
      scale: 0.5,
    });
  });

  it('never enlarges a small image past 100 %', () => {
    expect(fitView({ width: 200, height: 100 }, { width: 1000, height: 800 }).scale).toBe(1);
  });
});

describe('zoomAt', () => {
  it('keeps the image point under the pointer in place', () => {
    const view = centred({ width: 1000, height: 1000 }, { width: 500, height: 500 }, 0.5);
    const pointer = { x: 100, y: 300 };
    const imagePoint = { x: (pointer.x - view.x) / view.scale, y: (pointer.y - view.y) / view.scale };
    const zoomed = zoomAt(view, 2, pointer.x, pointer.y);
    expect(zoomed.scale).toBe(1);
    expect(zoomed.x + imagePoint.x * zoomed.scale).toBeCloseTo(pointer.x);
    expect(zoomed.y + imagePoint.y * zoomed.scale).toBeCloseTo(pointer.y);
  });

  it('stays within the scale limits', () => {
    expect(zoomAt({ x: 0, y: 0, scale: 30 }, 10, 0, 0).scale).toBe(32);
  });
});

describe('wheelFactor', () => {
  it('zooms about ×1.2 per mouse notch, in for up and out for down', () => {
    expect(wheelFactor(-100, 0)).toBeCloseTo(1.197, 2);
    expect(wheelFactor(100, 0)).toBeCloseTo(1 / 1.197, 2);
  });

  it('treats line and page deltas as pixels and caps one event', () => {
    expect(wheelFactor(-3, 1)).toBeCloseTo(wheelFactor(-48, 0));
    expect(wheelFactor(-10, 2)).toBe(wheelFactor(-300, 0));
  });
});
