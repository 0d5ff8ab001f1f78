import type { MaskOp } from './ops.ts';
import { applyMaskOp, maskCoverage, rasterizeMask } from './rasterize.ts';

/**
 * The painted fraction of a document, kept up to date cheaply: when the new document only
 * adds operations to the last one (the usual commit), only those are replayed.
 */
export type CoverageTracker = { fraction: (ops: readonly MaskOp[]) => number };

export function createCoverageTracker(width: number, height: number): CoverageTracker {
  let coverage: Uint8ClampedArray | null = null;
  let replayed: readonly MaskOp[] = [];
  let fraction = 0;
  return {
    fraction(ops) {
      if (coverage && ops === replayed) return fraction;
      const extendsReplayed =
        coverage !== null && ops.length >= replayed.length && replayed.every((op, i) => ops[i] === op);
      if (coverage && extendsReplayed) {
        for (const op of ops.slice(replayed.length)) applyMaskOp(coverage, width, height, op);
      } else coverage = rasterizeMask(ops, width, height);
      replayed = ops;
      fraction = maskCoverage(coverage);
      return fraction;
    },
  };
}
