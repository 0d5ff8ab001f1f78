// Tests run in Node; sharp makes real PNGs of known sizes.
// eslint-disable-next-line no-restricted-imports
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { initialSettings } from '../../catalog/index.ts';
import { extendEntry } from './extension-job.ts';
import { packFile, PackFileError } from './pack-file.ts';
import { planTarget } from './plan.ts';
import { COMMON_TARGETS } from './targets.ts';

const png = async (width: number, height: number) =>
  Uint8Array.from(
    await sharp({ create: { width, height, channels: 3, background: '#808080' } })
      .png()
      .toBuffer(),
  );
const picture = { name: 'key-visual.png', width: 1536, height: 1024 };
const focal = { x: 1150, y: 420 };
const safe = { x: 1150, y: 420, width: 0, height: 0 };

describe('packFile', () => {
  it('names a crop by target and size, and writes how it was made', async () => {
    const target = COMMON_TARGETS.find((t) => t.id === 'full-hd')!;
    const plan = planTarget({ picture, target, focal, safe });
    const file = packFile(await png(1920, 1080), {
      packName: 'Launch',
      target,
      plan,
      picture,
      several: false,
    });
    expect(file.name).toBe('full-hd_1920x1080.png');
    expect(file.text!.prompt).toBeUndefined();
    expect(JSON.parse(file.text!.parameters!)).toEqual({
      pack: 'Launch',
      target: { name: 'Full HD', width: 1920, height: 1080 },
      method: 'crop',
      frame: { x: 0, y: 0, width: 1536, height: 864 },
      upscale: 1.25,
      picture,
    });
  });

  it('writes the job that made the new picture, with its prompt, and the picture name when there are several', async () => {
    const target = COMMON_TARGETS.find((t) => t.id === 'story')!;
    const plan = planTarget({ picture, target, focal, safe });
    const entry = extendEntry();
    const settings = { ...initialSettings(entry, 'Continue the sky'), size: '1536x2736' };
    const file = packFile(await png(1080, 1920), {
      packName: 'Launch',
      target,
      plan,
      picture,
      several: true,
      extendedBy: { mode: 'inpaint', provider: 'onemin', model: 'gpt-image-2', settings },
    });
    expect(file.name).toBe('key-visual_story_1080x1920.png');
    expect(file.text!.prompt).toBe('Continue the sky');
    expect(JSON.parse(file.text!.parameters!)).toMatchObject({
      method: 'new picture',
      canvas: { canvas: { width: 1536, height: 2736 } },
      mode: 'inpaint',
      size: '1536x2736',
      preservedOutsideMask: true,
    });
  });

  it('refuses a file that is not exactly the target’s size', async () => {
    const target = COMMON_TARGETS[0]!;
    const plan = planTarget({ picture, target, focal, safe });
    const facts = { packName: 'Launch', target, plan, picture, several: false };
    expect(() => packFile(new Uint8Array([1, 2, 3]), facts)).toThrow(PackFileError);
    await expect(png(1080, 1079).then((bytes) => packFile(bytes, facts))).rejects.toThrow(
      'instagram-square_1080x1080.png came out as 1080×1079 instead of 1080×1080.',
    );
  });
});
