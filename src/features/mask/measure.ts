import type { MaskOp } from './ops.ts';
import { isMaskEmpty, maskCoverage } from './coverage-stats.ts';
import { runMaskTask } from './worker-client.ts';

/** The document's coverage at the image's size, rendered in the mask worker exactly as it will be sent. */
export function renderMask(
  ops: readonly MaskOp[],
  width: number,
  height: number,
): Promise<Uint8ClampedArray> {
  return runMaskTask('rasterize', ops, width, height);
}

/** How much of the image the document covers (0..1), rendered off the page's thread exactly as it will be sent. */
export async function measureMask(
  ops: readonly MaskOp[],
  width: number,
  height: number,
): Promise<{ empty: boolean; fraction: number }> {
  const coverage = await renderMask(ops, width, height);
  return { empty: isMaskEmpty(coverage), fraction: maskCoverage(coverage) };
}
