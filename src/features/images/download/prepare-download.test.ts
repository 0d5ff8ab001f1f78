import { unzipSync } from 'fflate';
// Tests run in Node; sharp makes real encoded images to save.
// eslint-disable-next-line no-restricted-imports
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { embedSettings, type EmbeddedJob } from './embed-settings.ts';
import { readPngText } from './png-text.ts';
import { DownloadError, prepareDownload } from './prepare-download.ts';

const job: EmbeddedJob = {
  mode: 'edit',
  provider: 'onemin',
  model: 'gpt-image-2',
  settings: { prompt: 'A calm lake at dawn', size: '1024x1024', quality: 'medium', outputFormat: 'png' },
};

async function encoded(format: 'png' | 'jpeg' | 'webp'): Promise<Uint8Array<ArrayBuffer>> {
  const image = sharp({
    create: { width: 8, height: 6, channels: 3, background: { r: 10, g: 120, b: 200 } },
  });
  return Uint8Array.from(await image.toFormat(format).toBuffer());
}

describe('embedSettings', () => {
  it('writes the prompt, the other settings as JSON and the software into a PNG', async () => {
    const png = embedSettings(await encoded('png'), { ...job, preservedOutsideMask: true });
    const text = readPngText(png);
    expect(text.prompt).toBe('A calm lake at dawn');
    expect(text.Software).toBe('Image Studio');
    expect(JSON.parse(text.parameters!)).toEqual({
      mode: 'edit',
      provider: 'onemin',
      model: 'gpt-image-2',
      size: '1024x1024',
      quality: 'medium',
      outputFormat: 'png',
      preservedOutsideMask: true,
    });
    expect((await sharp(png).metadata()).width).toBe(8);
  });

  it('returns JPEG and WebP bytes unchanged', async () => {
    for (const format of ['jpeg', 'webp'] as const) {
      const bytes = await encoded(format);
      expect(embedSettings(bytes, job)).toBe(bytes);
    }
  });
});

describe('prepareDownload', () => {
  it('saves one image with the MIME and extension of its actual bytes', async () => {
    const jpeg = await prepareDownload([{ bytes: await encoded('jpeg'), job, index: 0 }]);
    expect(jpeg.blob.type).toBe('image/jpeg');
    expect(jpeg.name).toBe('edit_gpt-image-2_1024x1024_medium_a-calm-lake-at-dawn_1.jpg');

    const png = prepareDownload([
      {
        bytes: await encoded('png'),
        job: { ...job, settings: { ...job.settings, outputFormat: 'jpeg' } },
        index: 2,
      },
    ]);
    expect(png.blob.type).toBe('image/png');
    expect(png.name).toMatch(/_3\.png$/);
    expect(readPngText(new Uint8Array(await png.blob.arrayBuffer())).prompt).toBe('A calm lake at dawn');
  });

  it('zips a selection, settings embedded, names distinct', async () => {
    const png = await encoded('png');
    const { blob, name } = prepareDownload([
      { bytes: png, job, index: 0 },
      { bytes: png, job, index: 1 },
      { bytes: await encoded('webp'), job, index: 1 },
    ]);
    expect(blob.type).toBe('application/zip');
    expect(name).toBe('image-studio_a-calm-lake-at-dawn_3-images.zip');
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    expect(Object.keys(files)).toEqual([
      'edit_gpt-image-2_1024x1024_medium_a-calm-lake-at-dawn_1.png',
      'edit_gpt-image-2_1024x1024_medium_a-calm-lake-at-dawn_2.png',
      'edit_gpt-image-2_1024x1024_medium_a-calm-lake-at-dawn_2.webp',
    ]);
    expect(readPngText(files['edit_gpt-image-2_1024x1024_medium_a-calm-lake-at-dawn_2.png']!).prompt).toBe(
      'A calm lake at dawn',
    );
  });

  it('names a zip of mixed prompts by count only', async () => {
    const png = await encoded('png');
    const other = { ...job, settings: { ...job.settings, prompt: 'Something else' } };
    const { name } = prepareDownload([
      { bytes: png, job, index: 0 },
      { bytes: png, job: other, index: 0 },
    ]);
    expect(name).toBe('image-studio_2-images.zip');
  });

  it('refuses an empty selection and bytes that are not an image', () => {
    expect(() => prepareDownload([])).toThrow(DownloadError);
    expect(() => prepareDownload([{ bytes: new TextEncoder().encode('<html>'), job, index: 0 }])).toThrow(
      /not a PNG, JPEG or WebP/,
    );
  });
});
