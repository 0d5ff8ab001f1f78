// Tests run in Node; sharp and zlib are independent judges of the bytes written here.
// eslint-disable-next-line no-restricted-imports
import sharp from 'sharp';
// eslint-disable-next-line no-restricted-imports
import { crc32 as nodeCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../wire/crc32.ts';
import { PngTextError, pngWithText, readPngText } from './png-text.ts';

async function samplePng(): Promise<Uint8Array> {
  const raw = Buffer.alloc(7 * 5 * 4);
  for (let i = 0; i < raw.length; i++) raw[i] = (i * 37) % 256;
  return new Uint8Array(
    await sharp(raw, { raw: { width: 7, height: 5, channels: 4 } })
      .png()
      .toBuffer(),
  );
}

function chunksOf(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: { type: string; storedCrc: number; body: Uint8Array }[] = [];
  for (let offset = 8; offset < bytes.length;) {
    const length = view.getUint32(offset);
    chunks.push({
      type: Buffer.from(bytes.subarray(offset + 4, offset + 8)).toString('latin1'),
      body: bytes.subarray(offset + 4, offset + 8 + length),
      storedCrc: view.getUint32(offset + 8 + length),
    });
    offset += 12 + length;
  }
  return chunks;
}

describe('crc32', () => {
  it('matches the standard check value and Node’s zlib', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 31) & 0xff);
    expect(crc32(bytes)).toBe(nodeCrc32(bytes));
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});

describe('pngWithText', () => {
  it('writes tEXt chunks right after IHDR with CRCs that zlib agrees with', async () => {
    const png = pngWithText(await samplePng(), { prompt: 'a red bicycle', Software: 'Image Studio' });
    const chunks = chunksOf(png);
    expect(chunks.map((c) => c.type).slice(0, 3)).toEqual(['IHDR', 'tEXt', 'tEXt']);
    expect(chunks.at(-1)?.type).toBe('IEND');
    for (const chunk of chunks) expect(chunk.storedCrc, chunk.type).toBe(nodeCrc32(chunk.body));
  });

  it('round-trips Latin-1 text as tEXt and anything else as UTF-8 iTXt', async () => {
    const entries = {
      prompt: 'Café on a hill — 日本の自転車 🚲',
      parameters: JSON.stringify({ size: '1536x1024', quality: 'high' }),
      Comment: 'crème brûlée\nsecond line',
    };
    const png = pngWithText(await samplePng(), entries);
    expect(readPngText(png)).toEqual(entries);
    const types = chunksOf(png).map((c) => c.type);
    expect(types.filter((t) => t === 'iTXt')).toHaveLength(1);
    expect(types.filter((t) => t === 'tEXt')).toHaveLength(2);
  });

  it('keeps the image decodable with the same pixels, and readable by libpng', async () => {
    const original = await samplePng();
    const png = pngWithText(original, { prompt: 'a lighthouse at dusk', Software: 'Image Studio' });
    const before = await sharp(original).raw().toBuffer({ resolveWithObject: true });
    const after = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect(after.info.width).toBe(7);
    expect(after.info.height).toBe(5);
    expect(after.data.equals(before.data)).toBe(true);
    const metadata = await sharp(png).metadata();
    expect(metadata.comments).toEqual(
      expect.arrayContaining([
        { keyword: 'prompt', text: 'a lighthouse at dusk' },
        { keyword: 'Software', text: 'Image Studio' },
      ]),
    );
  });

  it('replaces an existing entry with the same keyword instead of adding a second', async () => {
    const once = pngWithText(await samplePng(), { prompt: 'first', Author: 'kept' });
    const twice = pngWithText(once, { prompt: 'second' });
    expect(readPngText(twice)).toEqual({ prompt: 'second', Author: 'kept' });
    expect(chunksOf(twice).filter((c) => c.type === 'tEXt')).toHaveLength(2);
  });

  it('refuses bytes that are not a PNG and keywords the format forbids', async () => {
    expect(() => pngWithText(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), { a: 'b' })).toThrow(PngTextError);
    const png = await samplePng();
    expect(() => pngWithText(png, { '': 'x' })).toThrow(/keyword/);
    expect(() => pngWithText(png, { ' lead': 'x' })).toThrow(/keyword/);
    expect(() => pngWithText(png, { ['k'.repeat(80)]: 'x' })).toThrow(/keyword/);
    expect(() => pngWithText(png, { 'prompt✓': 'x' })).toThrow(/keyword/);
    expect(() => pngWithText(png, { prompt: 'a\0b' })).toThrow(/NUL/);
  });

  it('refuses a truncated PNG', async () => {
    const png = await samplePng();
    expect(() => pngWithText(png.subarray(0, 20), { a: 'b' })).toThrow(/truncated/);
  });
});
