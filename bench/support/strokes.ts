import type { StrokeOp } from '../../src/features/mask/ops.ts';

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32): the same strokes every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type StrokeSpec = {
  count: number;
  width: number;
  height: number;
  pointsPerStroke: number;
  minSize: number;
  maxSize: number;
  /** Every n-th stroke is an eraser. */
  eraseEvery: number;
  softness: number;
  seed: number;
};

/**
 * Wandering strokes as a hand draws them: each starts somewhere on the image and turns a
 * little at every point, with steps of 8–40 px, kept inside the image.
 */
export function randomStrokes(spec: StrokeSpec): StrokeOp[] {
  const random = seededRandom(spec.seed);
  const between = (lo: number, hi: number) => lo + (hi - lo) * random();
  const clamp = (value: number, hi: number) => Math.min(hi, Math.max(0, value));
  // Hundredths of a pixel, as the editor records points.
  const round = (value: number) => Math.round(value * 100) / 100;
  return Array.from({ length: spec.count }, (_, index) => {
    let x = between(0, spec.width);
    let y = between(0, spec.height);
    let heading = between(0, 2 * Math.PI);
    const points = [round(x), round(y)];
    for (let i = 1; i < spec.pointsPerStroke; i++) {
      heading += between(-0.5, 0.5);
      const step = between(8, 40);
      x = clamp(x + Math.cos(heading) * step, spec.width);
      y = clamp(y + Math.sin(heading) * step, spec.height);
      points.push(round(x), round(y));
    }
    return {
      type: (index + 1) % spec.eraseEvery === 0 ? 'erase' : 'brush',
      points,
      size: Math.round(between(spec.minSize, spec.maxSize)),
      softness: spec.softness,
    };
  });
}
