import { describe, expect, it } from 'vitest';
import { COMMON_TARGETS } from './targets.ts';
import { planPicture } from './work.ts';

describe('planPicture', () => {
  it('splits a pack into crops and extensions, one per canvas, each with its targets', () => {
    const picture = { width: 1536, height: 1024 };
    const story = COMMON_TARGETS.find((t) => t.id === 'story')!;
    const reel = { id: 'reel', name: 'Reel', width: 720, height: 1280 };
    const work = planPicture(picture, [...COMMON_TARGETS, reel], {
      focal: { x: 1150, y: 420 },
      safeShare: 0.25,
      positions: {},
    });
    // 9:16 twice (one canvas) and 2:3 need new picture; everything else is a crop.
    expect(work.extensions.map((e) => e.targets.map((t) => t.target.id))).toEqual([
      ['story', 'reel'],
      ['pinterest'],
    ]);
    expect(work.crops).toHaveLength(COMMON_TARGETS.length - 2);
    expect(work.extensions[0]!.extension.canvas).toEqual({ width: 1536, height: 2736 });
    expect(work.extensions[0]!.targets[0]!.target).toBe(story);
  });

  it('follows a dragged frame', () => {
    const picture = { width: 1536, height: 1024 };
    const square = COMMON_TARGETS[0]!;
    const work = planPicture(picture, [square], {
      focal: { x: 768, y: 512 },
      safeShare: 0.25,
      positions: { [square.id]: { x: 0, y: 0 } },
    });
    expect(work.crops[0]!.plan.frame).toMatchObject({ x: 0, y: 0 });
  });
});
