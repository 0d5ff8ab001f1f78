import { unzlibSync, zlibSync } from 'fflate';

/**
 * A region's coverage bytes as the text a region operation stores: zlib, then base64. Masks
 * are mostly long runs, so a 4K wand selection is a few kilobytes of saved draft, not 8 MB;
 * deflate's fastest level packs such runs nearly as well as its best, in a fraction of the time.
 */
export function encodeRegion(coverage: Uint8Array | Uint8ClampedArray): string {
  const bytes = new Uint8Array(coverage.buffer, coverage.byteOffset, coverage.length);
  const packed = zlibSync(bytes, { level: 1 });
  let text = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < packed.length; i += 0x8000)
    text += String.fromCharCode(...packed.subarray(i, i + 0x8000));
  return btoa(text);
}

export function decodeRegion(data: string, length: number): Uint8ClampedArray {
  const text = atob(data);
  const packed = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) packed[i] = text.charCodeAt(i);
  const bytes = unzlibSync(packed, { out: new Uint8Array(length) });
  if (bytes.length !== length)
    throw new RangeError(`A stored region holds ${bytes.length} pixels, not ${length}`);
  return new Uint8ClampedArray(bytes.buffer, bytes.byteOffset, bytes.length);
}
