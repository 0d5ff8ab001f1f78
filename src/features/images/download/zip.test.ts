import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles } from './zip.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);

/** The compression method of each local file header (0 = stored, 8 = deflate). */
function compressionMethods(zip: Uint8Array): number[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const methods: number[] = [];
  for (let offset = 0; offset + 30 <= zip.length; offset++) {
    if (view.getUint32(offset, true) === 0x04034b50) methods.push(view.getUint16(offset + 8, true));
  }
  return methods;
}

describe('zipFiles', () => {
  it('round-trips every file byte for byte', () => {
    const files = [
      { name: 'one.png', bytes: bytes(0x89, 0x50, 0x4e, 0x47, 1, 2, 3) },
      { name: 'two.jpg', bytes: bytes(0xff, 0xd8, 0xff, 9, 9, 9, 9, 9, 9, 9, 9) },
    ];
    const unzipped = unzipSync(zipFiles(files));
    expect(Object.keys(unzipped)).toEqual(['one.png', 'two.jpg']);
    expect(unzipped['one.png']).toEqual(files[0]!.bytes);
    expect(unzipped['two.jpg']).toEqual(files[1]!.bytes);
  });

  it('stores the images without recompressing them', () => {
    const repetitive = new Uint8Array(5000).fill(7);
    const zip = zipFiles([
      { name: 'a.png', bytes: repetitive },
      { name: 'b.png', bytes: repetitive },
    ]);
    expect(compressionMethods(zip)).toEqual([0, 0]);
    expect(zip.length).toBeGreaterThan(10_000);
  });

  it('gives clashing names a number, ignoring case', () => {
    const unzipped = unzipSync(
      zipFiles([
        { name: 'cat.png', bytes: bytes(1) },
        { name: 'cat.png', bytes: bytes(2) },
        { name: 'CAT.png', bytes: bytes(3) },
        { name: 'cat (2).png', bytes: bytes(4) },
        { name: 'README', bytes: bytes(5) },
        { name: 'README', bytes: bytes(6) },
      ]),
    );
    expect(Object.keys(unzipped)).toEqual([
      'cat.png',
      'cat (2).png',
      'CAT (3).png',
      'cat (2) (2).png',
      'README',
      'README (2)',
    ]);
    expect(unzipped['CAT (3).png']).toEqual(bytes(3));
  });

  it('keeps every entry at the top level of the archive', () => {
    const unzipped = unzipSync(zipFiles([{ name: '../../evil/x.png', bytes: bytes(1) }]));
    expect(Object.keys(unzipped)).toEqual(['..-..-evil-x.png']);
  });
});
