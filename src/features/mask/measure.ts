import type { MaskOp } from './ops.ts';
import { isMaskEmpty, maskCoverage } from './rasterize.ts';
import { runMaskTask } from './worker-client.ts';

/** How much of the image the document covers (0..1), rendered off the page's thread exactly as it will be sent. */
export async function measureMask(
  ops: readonly MaskOp[],
  width: number,
  height: number,
): Promise<{ empty: boolean; fraction: number }> {
  const coverage = await runMaskTask('rasterize', ops, width, height);
  return { empty: isMaskEmpty(coverage), fraction: maskCoverage(coverage) };
}
