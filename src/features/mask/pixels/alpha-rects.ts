import type { MaskDocument } from '../ops.ts';

/**
 * A mask document that covers exactly the pixels whose alpha is below opaque (where a cut-out
 * has nothing, the model paints). Runs of such pixels become rectangles, one per run and row,
 * merged down the rows while a run repeats, so a plain background stays a few operations.
 */
export function rectsFromAlpha(alpha: Uint8ClampedArray, width: number, height: number): MaskDocument {
  const done: MaskDocument = [];
  // Rectangles still growing downwards, by their run "x0:x1".
  let open = new Map<string, { x: number; y: number; width: number; height: number }>();
  for (let y = 0; y < height; y++) {
    const next = new Map<string, { x: number; y: number; width: number; height: number }>();
    let x = 0;
    while (x < width) {
      if ((alpha[y * width + x] ?? 255) === 255) {
        x++;
        continue;
      }
      const start = x;
      while (x < width && (alpha[y * width + x] ?? 255) < 255) x++;
      const key = `${start}:${x}`;
      const growing = open.get(key);
      if (growing) {
        growing.height++;
        open.delete(key);
        next.set(key, growing);
      } else {
        next.set(key, { x: start, y, width: x - start, height: 1 });
      }
    }
    for (const rect of open.values()) done.push({ type: 'rect', ...rect, erase: false });
    open = next;
  }
  for (const rect of open.values()) done.push({ type: 'rect', ...rect, erase: false });
  return done;
}
