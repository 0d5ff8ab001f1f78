import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parseGptImageApiAnswer } from '../../wire/gptimageapi/answer.ts';
import { parseOneminFeatureAnswer } from '../../wire/onemin/answer.ts';
import { createSimulatorApp } from './index.ts';
import { ASSET_BASE, fetchImage, meanColour, postEdit, postFeature, quadrantPng } from './test-support.ts';

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

describe('gptimageapi.dev POST /v1/images/edit', () => {
  it('edits a data-URL image at about one megapixel in the asked aspect, answering the seed shape', async () => {
    const app = createSimulatorApp();
    const source = await quadrantPng(400, 300);
    const res = await postEdit(app, {
      prompt: 'Studio light',
      image: dataUrl(source),
      model: 'gpt-image-2',
      size: '4:3',
      quality: 'high',
      n: 2,
    });
    expect(res.status).toBe(200);
    const json = await res.json();
    expect(json).toMatchObject({ code: 0, message: 'ok' });
    const result = parseGptImageApiAnswer(json, 32);
    expect(result.images).toHaveLength(2);
    const means: [number, number, number][] = [];
    for (const image of result.images) {
      expect(image.url).toMatch(/^http:\/\/localhost\/gptimageapi\/cdn\/edits\/\d+\.png$/);
      const { bytes, contentType } = await fetchImage(app, image.url);
      expect(contentType).toBe('image/png');
      const meta = await sharp(bytes).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', 1152, 864]);
      means.push(await meanColour(bytes));
    }
    expect(means[0]).not.toEqual(means[1]);
  });

  it('takes the simulator’s own image URLs, never fetches anything else', async () => {
    const app = createSimulatorApp();
    const generated = await (
      await postFeature(app, {
        type: 'IMAGE_GENERATOR',
        model: 'gpt-image-2',
        promptObject: { prompt: 'Base', size: '1024x1024', quality: 'low' },
      })
    ).json();
    const [signed] = parseOneminFeatureAnswer(generated, ASSET_BASE).images;
    const own = await postEdit(app, { prompt: 'Again', image: signed!.url, size: '16:9' });
    expect(own.status).toBe(200);
    const edited = parseGptImageApiAnswer(await own.json());
    expect((await sharp((await fetchImage(app, edited.images[0]!.url)).bytes).metadata()).width).toBe(1392);
    const chained = await postEdit(app, { prompt: 'Third', image: edited.images[0]!.url });
    expect(chained.status).toBe(200);

    for (const image of [
      'https://example.com/image.jpg',
      'http://localhost:1/onemin/asset/x.png',
      'http://localhost/onemin/asset/development/images/none.png',
    ]) {
      const res = await postEdit(app, { prompt: 'Foreign', image });
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.code).not.toBe(0);
      expect(body.message).toContain('image could not be fetched');
      expect(() => parseGptImageApiAnswer(body)).toThrow('image could not be fetched');
    }
  });

  it('refuses bodies that break the rules with code ≠ 0', async () => {
    const app = createSimulatorApp();
    const image = dataUrl(await quadrantPng(64, 64));
    const badAspect = await postEdit(app, { prompt: 'x', image, size: '5:4' });
    expect(badAspect.status).toBe(400);
    expect(await badAspect.json()).toMatchObject({
      code: 400,
      message: expect.stringContaining('Aspect ratio must be one of'),
    });
    const extraField = await postEdit(app, { prompt: 'x', image, background: 'opaque' });
    expect((await extraField.json()).code).toBe(400);
    const garbage = await postEdit(app, { prompt: 'x', image: 'data:image/png;base64,AAAA' });
    expect((await garbage.json()).message).toContain('could not be decoded');
  });
});
