import { describe, expect, it } from 'vitest';
import { checkGptImage2Size, type PixelSize } from '../../catalog/index.ts';
import { safeArea, type Point, type Rect } from './frames.ts';
import {
  extensionKey,
  frameOnPicture,
  framePosition,
  MIN_KEPT_SHARE,
  planTarget,
  type TargetPlan,
} from './plan.ts';
import { COMMON_TARGETS } from './targets.ts';

const SHARE = 0.25;

function plan(picture: PixelSize, target: PixelSize, focal?: Point, position?: Point): TargetPlan {
  const at = focal ?? { x: picture.width / 2, y: picture.height / 2 };
  return planTarget({
    picture,
    target,
    focal: at,
    safe: safeArea(picture, at, SHARE),
    ...(position ? { position } : {}),
  });
}

const holds = (outer: Rect, inner: Rect) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

const ratioError = (frame: PixelSize, target: PixelSize) =>
  Math.abs(frame.width / frame.height / (target.width / target.height) - 1);

/** Every property a plan must have, whatever the sizes. */
function expectSound(picture: PixelSize, target: PixelSize, focal: Point, made: TargetPlan) {
  const { frame } = made;
  expect(Number.isInteger(frame.x) && Number.isInteger(frame.y)).toBe(true);
  // The target's shape, to within a pixel's rounding on the shorter side.
  expect(ratioError(frame, target)).toBeLessThanOrEqual(1 / Math.min(frame.width, frame.height) + 1e-9);
  if (made.kind === 'crop') {
    expect(holds({ x: 0, y: 0, ...picture }, frame)).toBe(true);
    return;
  }
  const { canvas, at, placed } = made.extension;
  expect(checkGptImage2Size(canvas)).toEqual([]);
  // The whole picture is on the canvas, at its own size or smaller, and the frame is on the canvas.
  expect(holds({ x: 0, y: 0, ...canvas }, { ...at, ...placed })).toBe(true);
  expect(placed.width).toBeLessThanOrEqual(picture.width);
  expect(Math.abs(placed.width / placed.height - picture.width / picture.height)).toBeLessThan(0.02);
  expect(holds({ x: 0, y: 0, ...canvas }, frame)).toBe(true);
  // The focal point is on the frame.
  const scale = placed.width / picture.width;
  const onCanvas = { x: at.x + focal.x * scale, y: at.y + focal.y * scale };
  expect(holds(frame, { ...onCanvas, width: 0, height: 0 })).toBe(true);
}

describe('the crop planner', () => {
  it('takes the largest crop of the aspect, centred on the focal point and clamped inside', () => {
    const picture = { width: 1536, height: 1024 };
    const square = plan(picture, { width: 1080, height: 1080 }, { x: 1150, y: 420 });
    expect(square).toMatchObject({ kind: 'crop', frame: { x: 512, y: 0, width: 1024, height: 1024 } });
    const left = plan(picture, { width: 1080, height: 1080 }, { x: 300, y: 420 });
    expect(left.frame).toEqual({ x: 0, y: 0, width: 1024, height: 1024 });
    const middle = plan(picture, { width: 1080, height: 1080 }, { x: 800, y: 420 });
    expect(middle.frame).toEqual({ x: 288, y: 0, width: 1024, height: 1024 });
  });

  it('moves a crop to hold the safe area, and gives up on a crop that cannot hold it', () => {
    const picture = { width: 2000, height: 1000 };
    const focal = { x: 1000, y: 500 };
    // A 2:1 strip 2000×1000 … and a 4:1 strip only 500 tall, which a 600-px safe area does not fit.
    const safe = { x: 700, y: 200, width: 600, height: 600 };
    const strip = planTarget({ picture, target: { width: 1200, height: 300 }, focal, safe });
    expect(strip.kind).toBe('extend');
    const narrow = planTarget({
      picture,
      target: { width: 500, height: 1000 },
      focal: { x: 1000, y: 500 },
      safe: { x: 1100, y: 0, width: 300, height: 1000 },
    });
    // Centred on 1000 it would span 750..1250; it moves right to end at 1400.
    expect(narrow).toMatchObject({ kind: 'crop', frame: { x: 900, width: 500 } });
  });

  it('downscales a crop with more pixels than the target, and marks an upscale by its factor', () => {
    const picture = { width: 1536, height: 1024 };
    const wide = plan(picture, { width: 1920, height: 1080 });
    expect(wide).toMatchObject({ kind: 'crop', frame: { width: 1536, height: 864 } });
    expect(wide.upscale).toBeCloseTo(1.25, 3);
    const small = plan(picture, { width: 640, height: 360 });
    expect(small.kind).toBe('crop');
    expect(small.upscale).toBeCloseTo(640 / 1536, 6);
  });

  it('keeps a crop that has the pixels even when it leaves most of the picture out', () => {
    const story = plan({ width: 3840, height: 2160 }, { width: 1080, height: 1920 });
    expect(story).toMatchObject({ kind: 'crop', frame: { width: 1215, height: 2160 } });
    expect(story.upscale).toBeLessThan(1);
  });

  it('extends when the crop would keep less than the minimum share and lacks the pixels', () => {
    const picture = { width: 1536, height: 1024 };
    const story = plan(picture, { width: 1080, height: 1920 }, { x: 1150, y: 420 });
    expect((576 * 1024) / (1536 * 1024)).toBeLessThan(MIN_KEPT_SHARE);
    expect(story.kind).toBe('extend');
    if (story.kind !== 'extend') return;
    expect(story.extension).toEqual({
      canvas: { width: 1536, height: 2736 },
      placed: picture,
      // The focal point as near the middle as the canvas allows: 1368 − 420 = 948.
      at: { x: 0, y: 948 },
    });
    expect(story.frame).toEqual({ x: 0, y: 3, width: 1536, height: 2731 });
    expectSound(picture, { width: 1080, height: 1920 }, { x: 1150, y: 420 }, story);
  });

  it('plans 3:1 from 1:3 and 1:3 from 3:1 on valid canvases, scaling the picture down to fit', () => {
    const tall = { width: 1024, height: 3072 };
    const banner = plan(tall, { width: 1500, height: 500 });
    expect(banner.kind).toBe('extend');
    if (banner.kind !== 'extend') return;
    expect(banner.extension.canvas).toEqual({ width: 3840, height: 1280 });
    expect(banner.extension.placed).toEqual({ width: 427, height: 1280 });
    expectSound(tall, { width: 1500, height: 500 }, { x: 512, y: 1536 }, banner);

    const wide = { width: 3072, height: 1024 };
    const pillar = plan(wide, { width: 500, height: 1500 }, { x: 3000, y: 100 });
    expect(pillar.kind).toBe('extend');
    expectSound(wide, { width: 500, height: 1500 }, { x: 3000, y: 100 }, pillar);
  });

  it('gives a sound plan for every common target from many picture sizes and focal points', () => {
    const pictures = [
      { width: 1536, height: 1024 },
      { width: 1024, height: 1536 },
      { width: 3840, height: 2160 },
      { width: 2160, height: 3840 },
      { width: 1024, height: 1024 },
      { width: 512, height: 512 },
      { width: 1000, height: 750 },
      { width: 3840, height: 1280 },
      { width: 1280, height: 3840 },
      { width: 4000, height: 4000 },
      { width: 300, height: 900 },
      { width: 7, height: 5 },
    ];
    const targets = [
      ...COMMON_TARGETS,
      { width: 4000, height: 1000 },
      { width: 1000, height: 4000 },
      { width: 8000, height: 8000 },
      { width: 16, height: 16 },
    ];
    for (const picture of pictures) {
      for (const target of targets) {
        for (const focal of [
          { x: picture.width / 2, y: picture.height / 2 },
          { x: 0, y: 0 },
          { x: picture.width, y: picture.height * 0.3 },
        ]) {
          expectSound(picture, target, focal, plan(picture, target, focal));
        }
      }
    }
  });
});

describe('dragging a frame', () => {
  it('moves a crop to where it was dragged, kept inside the picture', () => {
    const picture = { width: 1536, height: 1024 };
    const square = { width: 1080, height: 1080 };
    expect(plan(picture, square, undefined, { x: 100.4, y: 50 }).frame).toEqual({
      x: 100,
      y: 0,
      width: 1024,
      height: 1024,
    });
    expect(plan(picture, square, undefined, { x: 9000, y: 0 }).frame.x).toBe(512);
  });

  it('moves an extended canvas over the picture, which stays on it whole', () => {
    const picture = { width: 1536, height: 1024 };
    const story = { width: 1080, height: 1920 };
    const moved = plan(picture, story, undefined, { x: 0, y: -100 });
    expect(moved.kind === 'extend' && moved.extension.at).toEqual({ x: 0, y: 100 });
    const far = plan(picture, story, undefined, { x: 0, y: -5000 });
    expect(far.kind === 'extend' && far.extension.at).toEqual({ x: 0, y: 2736 - 1024 });
  });

  it('gives back the position it was given, and the frame in picture pixels', () => {
    const picture = { width: 1536, height: 1024 };
    const crop = plan(picture, { width: 1080, height: 1080 }, undefined, { x: 200, y: 0 });
    expect(framePosition(crop, picture)).toEqual({ x: 200, y: 0 });
    const story = plan(picture, { width: 1080, height: 1920 }, undefined, { x: 0, y: -300 });
    expect(framePosition(story, picture)).toEqual({ x: 0, y: -300 });
    expect(frameOnPicture(story, picture)).toEqual({ x: 0, y: -300, width: 1536, height: 2731 });
  });
});

describe('extensionKey', () => {
  it('is the same for targets of one shape, so they share one job', () => {
    const picture = { width: 1536, height: 1024 };
    const a = plan(picture, { width: 1080, height: 1920 });
    const b = plan(picture, { width: 720, height: 1280 });
    const c = plan(picture, { width: 1000, height: 1500 });
    if (a.kind !== 'extend' || b.kind !== 'extend' || c.kind !== 'extend')
      throw new Error('expected extensions');
    expect(extensionKey(a.extension)).toBe(extensionKey(b.extension));
    expect(extensionKey(a.extension)).not.toBe(extensionKey(c.extension));
  });
});
