import type { PixelSize } from '../../catalog/index.ts';
import type { Placement } from './extend.ts';
import type { MaskOp } from './ops.ts';

/**
 * The extend-canvas mask (extend.ts: the new area, and a feathered band into the picture), for
 * callers outside the editor; the module loads on first use, not with the first screen.
 */
export async function extensionMask(source: PixelSize, at: Placement, target: PixelSize): Promise<MaskOp[]> {
  return (await import('./extend.ts')).extensionMaskOps(source, at, target);
}
