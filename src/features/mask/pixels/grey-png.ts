import { zlibSync } from 'fflate';

/**
 * A PNG encoder for one-channel 8-bit images (colour type 0), which is all a mask is: a
 * quarter of the bytes of RGBA to filter and deflate. Each row takes the filter (None, Sub or
 * Up) with the smallest sum of absolute values, the usual heuristic; on a mask most rows then
 * become zeros and deflate to almost nothing, so deflate's fastest level loses little size
 * (about 15 % on a 4K mask of strokes) for a third less time.
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
  const sub = new Uint8Array(width);
  const up = new Uint8Array(width);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let costNone = 0;
    let costSub = 0;
    let costUp = 0;
    for (let x = 0; x < width; x++) {
      const value = grey[row + x] as number;
      const left = x > 0 ? (grey[row + x - 1] as number) : 0;
      const above = y > 0 ? (grey[row - width + x] as number) : 0;
      const s = (value - left) & 0xff;
      const u = (value - above) & 0xff;
      sub[x] = s;
      up[x] = u;
      costNone += value < 128 ? value : 256 - value;
      costSub += s < 128 ? s : 256 - s;
      costUp += u < 128 ? u : 256 - u;
    }
    const out = y * stride;
    if (costUp <= costSub && costUp <= costNone) {
      filtered[out] = 2;
      filtered.set(up, out + 1);
    } else if (costSub <= costNone) {
      filtered[out] = 1;
      filtered.set(sub, out + 1);
    } else {
      filtered[out] = 0;
      filtered.set(grey.subarray(row, row + width), out + 1);
    }
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
