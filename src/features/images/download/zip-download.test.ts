import { unzipSync } from 'fflate';
// Tests run in Node; sharp makes real encoded images to save.
// eslint-disable-next-line no-restricted-imports
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readPngText } from './png-text.ts';
import { prepareZip } from './zip-download.ts';

describe('prepareZip', () => {
  it('zips the files, text written into the PNGs with the studio as Software', async () => {
    const png = Uint8Array.from(
      await sharp({ create: { width: 4, height: 3, channels: 3, background: '#336699' } })
        .png()
        .toBuffer(),
    );
    const zip = prepareZip([
      { name: 'story_1080x1920.png', bytes: png, text: { prompt: 'A lake', parameters: '{"a":1}' } },
      { name: 'notes.txt', bytes: new TextEncoder().encode('plain'), text: { prompt: 'ignored' } },
    ]);
    expect(zip.type).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    expect(Object.keys(files)).toEqual(['story_1080x1920.png', 'notes.txt']);
    expect(readPngText(files['story_1080x1920.png']!)).toEqual({
      prompt: 'A lake',
      parameters: '{"a":1}',
      Software: 'Image Studio',
    });
    expect(new TextDecoder().decode(files['notes.txt'])).toBe('plain');
  });
});
