import { describe, expect, it } from 'vitest';
import {
  ZOOM_MAX,
  ZOOM_MIN,
  actualSizeView,
  nextZoomStep,
  fitView,
  imageToScreen,
  screenToImage,
  wheelZoomFactor,
  zoomAround,
  type View,
} from './coords.ts';

describe('screenToImage', () => {
  it.each([
    { scale: 0.5, x: 0, y: 0, screen: { x: 100, y: 50 }, image: { x: 200, y: 100 } },
    { scale: 0.5, x: 40, y: -20, screen: { x: 100, y: 50 }, image: { x: 120, y: 140 } },
    { scale: 1, x: 0, y: 0, screen: { x: 17, y: 33 }, image: { x: 17, y: 33 } },
    { scale: 1, x: -300, y: 125, screen: { x: 17, y: 33 }, image: { x: 317, y: -92 } },
    { scale: 2.5, x: 0, y: 0, screen: { x: 250, y: 100 }, image: { x: 100, y: 40 } },
    { scale: 2.5, x: -500, y: 60, screen: { x: 250, y: 100 }, image: { x: 300, y: 16 } },
  ])('at zoom $scale with pan ($x, $y)', ({ scale, x, y, screen, image }) => {
    const view: View = { scale, x, y };
    const point = screenToImage(screen, view);
    expect(point.x).toBeCloseTo(image.x);
    expect(point.y).toBeCloseTo(image.y);
    const back = imageToScreen(point, view);
    expect(back.x).toBeCloseTo(screen.x);
    expect(back.y).toBeCloseTo(screen.y);
  });
});

describe('zoomAround', () => {
  it('keeps the image point under the pointer where it was', () => {
    const view: View = { scale: 0.8, x: 30, y: -12 };
    const anchor = { x: 420, y: 260 };
    const before = screenToImage(anchor, view);
    const zoomed = zoomAround(view, anchor, 2.5);
    expect(zoomed.scale).toBe(2.5);
    const after = screenToImage(anchor, zoomed);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
  });

  it('stays within the zoom limits', () => {
    const view: View = { scale: 1, x: 0, y: 0 };
    expect(zoomAround(view, { x: 0, y: 0 }, 1000).scale).toBe(ZOOM_MAX);
    expect(zoomAround(view, { x: 0, y: 0 }, 0).scale).toBe(ZOOM_MIN);
  });
});

describe('fitView and actualSizeView', () => {
  it('fits the whole image, centred, within the margin', () => {
    const view = fitView({ width: 1032, height: 632 }, { width: 4000, height: 2000 }, 16);
    expect(view.scale).toBeCloseTo(0.25);
    expect(view.x).toBeCloseTo(16);
    expect(view.y).toBeCloseTo(66);
  });

  it('shows one image pixel per screen pixel around the viewport centre', () => {
    const viewport = { width: 800, height: 600 };
    const view: View = { scale: 0.4, x: 10, y: 20 };
    const centre = screenToImage({ x: 400, y: 300 }, view);
    const actual = actualSizeView(view, viewport);
    expect(actual.scale).toBe(1);
    const after = screenToImage({ x: 400, y: 300 }, actual);
    expect(after.x).toBeCloseTo(centre.x);
    expect(after.y).toBeCloseTo(centre.y);
  });
});

describe('wheelZoomFactor', () => {
  it('zooms in on wheel up, out on wheel down, about 20 % a notch', () => {
    expect(wheelZoomFactor(-100, 0)).toBeCloseTo(1.221, 2);
    expect(wheelZoomFactor(100, 0)).toBeCloseTo(0.819, 2);
    expect(wheelZoomFactor(3, 1)).toBeCloseTo(wheelZoomFactor(48, 0));
  });

  it('is proportional to the travel, so many small trackpad deltas add up to one notch', () => {
    expect(wheelZoomFactor(4, 0) ** 25).toBeCloseTo(wheelZoomFactor(100, 0), 10);
  });

  it('never jumps more than about ×1.6 in one event', () => {
    expect(wheelZoomFactor(-1, 2)).toBeLessThan(1.62);
    expect(wheelZoomFactor(10_000, 0)).toBeGreaterThan(1 / 1.62);
  });
});

describe('nextZoomStep', () => {
  it('steps through the named zoom levels in both directions', () => {
    expect(nextZoomStep(1, 1)).toBe(1.5);
    expect(nextZoomStep(2, 1)).toBe(2.5);
    expect(nextZoomStep(1, -1)).toBeCloseTo(2 / 3);
    expect(nextZoomStep(0.5, -1)).toBeCloseTo(1 / 3);
  });

  it('goes from an arbitrary fitted zoom to the nearest step beyond it', () => {
    expect(nextZoomStep(0.8123, 1)).toBe(1);
    expect(nextZoomStep(0.8123, -1)).toBeCloseTo(2 / 3);
  });

  it('stays put past the last step', () => {
    expect(nextZoomStep(16, 1)).toBe(16);
    expect(nextZoomStep(0.1, -1)).toBe(0.1);
  });
});
