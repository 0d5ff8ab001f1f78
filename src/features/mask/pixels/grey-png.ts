import { zlibSync } from 'fflate';

/**
 * A PNG encoder for one-channel 8-bit images (colour type 0), which is all a mask is: a
 * quarter of the bytes of RGBA to filter and deflate. Every row but the first takes the Up
 * filter, with no per-row search: on a mask, rows mostly repeat the one above, so the filtered
 * data is nearly all zeros and deflate's fastest level packs it almost as well as its best.
 */
export function encodeGreyPng(
  grey: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
): Uint8Array<ArrayBuffer> {
  if (grey.length !== width * height)
    throw new RangeError(`${grey.length} grey pixels are not ${width}×${height}`);
  const stride = width + 1;
  const filtered = new Uint8Array(stride * height);
  filtered.set(grey.subarray(0, width), 1);
  for (let y = 1; y < height; y++) {
    const out = y * stride;
    const row = y * width;
    filtered[out] = 2;
    for (let x = 0; x < width; x++)
      filtered[out + 1 + x] = (grey[row + x] as number) - (grey[row - width + x] as number);
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 0, 0, 0, 0], 8);
  const chunks = [
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(filtered, { level: 1 })),
    chunk('IEND', new Uint8Array(0)),
  ];
  const png = new Uint8Array(8 + chunks.reduce((sum, c) => sum + c.length, 0));
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let at = 8;
  for (const c of chunks) {
    png.set(c, at);
    at += c.length;
  }
  return png;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const CRC_TABLE = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  CRC_TABLE[n] = c >>> 0;
}

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++)
    c = (CRC_TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
