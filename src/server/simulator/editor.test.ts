import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parseOneminFeatureAnswer } from '../../wire/onemin/answer.ts';
import { createSimulatorApp } from './index.ts';
import { ASSET_BASE, fetchImage, meanColour, postFeature, quadrantPng, uploadAsset } from './test-support.ts';

const edit = (model: string, promptObject: Record<string, unknown>) => ({
  type: 'IMAGE_EDITOR',
  model,
  promptObject,
});

describe('IMAGE_EDITOR', () => {
  it('gpt-image-2: resizes the source to the asked size and tints each variation differently', async () => {
    const app = createSimulatorApp();
    const source = await quadrantPng(800, 800);
    const imageUrl = await uploadAsset(app, source);
    const res = await postFeature(
      app,
      edit('gpt-image-2', { imageUrl, prompt: 'Warmer', size: '1536x1024', quality: 'low', n: 2 }),
    );
    expect(res.status).toBe(200);
    const result = parseOneminFeatureAnswer(await res.json(), ASSET_BASE);
    expect(result.images).toHaveLength(2);

    const plain = await sharp(source).resize(1536, 1024, { fit: 'cover' }).png().toBuffer();
    const plainMean = await meanColour(plain);
    const means: [number, number, number][] = [];
    for (const image of result.images) {
      const { bytes } = await fetchImage(app, image.url);
      const meta = await sharp(bytes).metadata();
      expect([meta.width, meta.height, meta.hasAlpha]).toEqual([1536, 1024, false]);
      means.push(await meanColour(bytes));
    }
    for (const mean of means) {
      const shift = mean.reduce((sum, v, i) => sum + Math.abs(v - (plainMean[i] ?? 0)), 0);
      expect(shift).toBeGreaterThan(15);
    }
    const between = means[0]!.reduce((sum, v, i) => sum + Math.abs(v - (means[1]![i] ?? 0)), 0);
    expect(between).toBeGreaterThan(15);
  });

  it('takes an earlier result path as the next source, and refuses unknown paths', async () => {
    const app = createSimulatorApp();
    const imageUrl = await uploadAsset(app, await quadrantPng(1024, 1024));
    const first = await (
      await postFeature(
        app,
        edit('gpt-image-2', { imageUrl, prompt: 'One', size: '1024x1024', quality: 'low' }),
      )
    ).json();
    const resultPath = first.aiRecord.aiRecordDetail.resultObject[0];
    const second = await postFeature(
      app,
      edit('gpt-image-2', { imageUrl: resultPath, prompt: 'Two', size: '1024x1024', quality: 'low' }),
    );
    expect(second.status).toBe(200);

    const unknown = await postFeature(
      app,
      edit('gpt-image-2', {
        imageUrl: 'development/images/nope.png',
        prompt: 'x',
        size: '1024x1024',
        quality: 'low',
      }),
    );
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).message).toContain('imageUrl names no asset');
  });

  it('gpt-image-1-mini: only its three sizes, and its background modes', async () => {
    const app = createSimulatorApp();
    const white = await sharp({ create: { width: 1024, height: 1024, channels: 3, background: '#ffffff' } })
      .composite([{ input: await quadrantPng(512, 512), left: 256, top: 256 }])
      .png()
      .toBuffer();
    const imageUrl = await uploadAsset(app, white);
    const body = (extra: Record<string, unknown>) =>
      edit('gpt-image-1-mini', { imageUrl, prompt: 'Cut out', size: '1024x1024', n: 1, ...extra });

    const badSize = await postFeature(app, body({ size: '1280x720' }));
    expect(badSize.status).toBe(400);
    const transparentJpeg = await postFeature(
      app,
      body({ background: 'transparent', output_format: 'jpeg' }),
    );
    expect((await transparentJpeg.json()).message).toContain('PNG');

    const transparent = parseOneminFeatureAnswer(
      await (await postFeature(app, body({ background: 'transparent', output_format: 'png' }))).json(),
      ASSET_BASE,
    );
    const cut = await sharp((await fetchImage(app, transparent.images[0]!.url)).bytes)
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const alphaAt = (x: number, y: number) => cut.data[(y * cut.info.width + x) * 4 + 3];
    expect(alphaAt(10, 10)).toBe(0);
    expect(alphaAt(512, 512)).toBe(255);

    const black = parseOneminFeatureAnswer(
      await (
        await postFeature(app, body({ background: 'black', output_format: 'jpeg', output_compression: 90 }))
      ).json(),
      ASSET_BASE,
    );
    const blackMeta = await sharp((await fetchImage(app, black.images[0]!.url)).bytes).metadata();
    expect([blackMeta.format, blackMeta.width, blackMeta.hasAlpha]).toEqual(['jpeg', 1024, false]);
  });

  it('gpt-image-1-mini: flattens a transparent source onto white or black', async () => {
    const app = createSimulatorApp();
    const clear = await sharp({
      create: { width: 1024, height: 1024, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    const imageUrl = await uploadAsset(app, clear);
    const corner = async (background: string) => {
      const json = await (
        await postFeature(
          app,
          edit('gpt-image-1-mini', { imageUrl, prompt: 'Fill', size: '1024x1024', n: 1, background }),
        )
      ).json();
      const { bytes } = await fetchImage(app, parseOneminFeatureAnswer(json, ASSET_BASE).images[0]!.url);
      const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
      return { channels: info.channels, rgb: [data[0], data[1], data[2]] };
    };
    expect(await corner('white')).toEqual({ channels: 3, rgb: [255, 255, 255] });
    expect(await corner('black')).toEqual({ channels: 3, rgb: [0, 0, 0] });
  });
});
