import { isRasterOp, type MaskOp } from './ops.ts';
import { applyShapeOp } from './apply-shape.ts';
import { maskCoverage } from './coverage-stats.ts';

/**
 * The painted fraction of a document, kept up to date cheaply: when the new document only
 * adds shape operations to the last one (the usual commit: a stroke, a lasso), only those are
 * replayed here. Anything else (an undo, a grow, a wand region) is a whole replay, which the
 * caller has done elsewhere (the mask worker) and hands over with `adopt`.
 */
export type CoverageTracker = {
  /** The fraction, if this document is the tracked one or a cheap step from it; else null. */
  fraction: (ops: readonly MaskOp[]) => number | null;
  /** Takes a whole replay of `ops` (made elsewhere) as the tracked state. */
  adopt: (ops: readonly MaskOp[], coverage: Uint8ClampedArray) => number;
};

export function createCoverageTracker(width: number, height: number): CoverageTracker {
  let coverage: Uint8ClampedArray | null = new Uint8ClampedArray(width * height);
  let replayed: readonly MaskOp[] = [];
  let fraction = 0;
  return {
    fraction(ops) {
      if (coverage && ops === replayed) return fraction;
      const extendsReplayed =
        coverage !== null && ops.length >= replayed.length && replayed.every((op, i) => ops[i] === op);
      const added = ops.slice(replayed.length);
      if (!coverage || !extendsReplayed) return null;
      const shapes = added.filter((op) => !isRasterOp(op));
      if (shapes.length < added.length) return null;
      for (const op of shapes) applyShapeOp(coverage, width, height, op);
      replayed = ops;
      fraction = maskCoverage(coverage);
      return fraction;
    },
    adopt(ops, next) {
      coverage = next.length === width * height ? next : null;
      replayed = ops;
      fraction = maskCoverage(next);
      return fraction;
    },
  };
}
