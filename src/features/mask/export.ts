import type { MaskOp } from './ops.ts';
import { readPngSize } from './png-size.ts';
import { runMaskTask } from './worker-client.ts';

/**
 * The mask as the PNG the inpainter receives: replayed from the document at scale 1 at exactly
 * the source's natural size (never read from the on-screen stage, whose size and zoom are the
 * screen's), one grey channel, white = edit, black = keep. Encoded in the mask worker.
 */
export async function exportMaskPng(ops: readonly MaskOp[], width: number, height: number): Promise<Blob> {
  const bytes = await runMaskTask('exportPng', ops, width, height);
  const size = readPngSize(bytes);
  if (!size || size.width !== width || size.height !== height) {
    const got = size ? `${size.width}×${size.height}` : 'no readable PNG';
    throw new Error(`The mask came out as ${got} instead of ${width}×${height}; it was not sent.`);
  }
  return new Blob([bytes], { type: 'image/png' });
}
