import type { PixelSize } from '../../catalog/index.ts';
import { extensionMaskOps, type Placement } from './extend.ts';
import type { MaskOp } from './ops.ts';
import type { SourceRef } from './tasks.ts';
import { runMaskTask } from './worker-client.ts';

export type Extension = { paddedSource: Blob; maskOps: MaskOp[] };

/** The padded source (PNG, exactly the target size, new area transparent) and the mask for it. */
export async function composeExtension(
  source: SourceRef & PixelSize,
  target: PixelSize,
  at: Placement,
): Promise<Extension> {
  const paddedSource = await runMaskTask('padSource', source, target, at);
  return { paddedSource, maskOps: extensionMaskOps(source, at, target) };
}
