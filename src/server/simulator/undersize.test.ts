import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parseGptImageApiAnswer } from '../../wire/gptimageapi/answer.ts';
import { parseOneminFeatureAnswer } from '../../wire/onemin/answer.ts';
import { createSimulatorApp, simulatorOptionsFromEnv } from './index.ts';
import { deliveredSize } from './render/undersize.ts';
import { ASSET_BASE, fetchImage, postEdit, postFeature, quadrantPng } from './test-support.ts';

async function generatedSize(app: ReturnType<typeof createSimulatorApp>, size: string, format = 'png') {
  const res = await postFeature(app, {
    type: 'IMAGE_GENERATOR',
    model: 'gpt-image-2',
    promptObject: { prompt: 'Small', size, quality: 'low', output_format: format },
  });
  expect(res.status).toBe(200);
  const [image] = parseOneminFeatureAnswer(await res.json(), ASSET_BASE).images;
  const meta = await sharp((await fetchImage(app, image!.url)).bytes).metadata();
  return [meta.width, meta.height, meta.format];
}

describe('the undersize knob', () => {
  it('scales each edge, or answers a fixed size, or leaves the asked size alone', () => {
    const asked = { width: 1536, height: 1024 };
    expect(deliveredSize(asked, null)).toEqual(asked);
    expect(deliveredSize(asked, 0.5)).toEqual({ width: 768, height: 512 });
    expect(deliveredSize(asked, 0.001)).toEqual({ width: 2, height: 1 });
    expect(deliveredSize(asked, '300x200')).toEqual({ width: 300, height: 200 });
  });

  it('makes 1min.ai answers smaller than asked through /_sim/control, until turned off', async () => {
    const app = createSimulatorApp();
    const set = async (undersize: unknown) =>
      app.request('/_sim/control', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ undersize }),
      });
    expect(await generatedSize(app, '1536x1024')).toEqual([1536, 1024, 'png']);

    const scaled = await set(0.5);
    expect(await scaled.json()).toMatchObject({ undersize: 0.5 });
    expect(await generatedSize(app, '1536x1024', 'jpeg')).toEqual([768, 512, 'jpeg']);

    await set('640x480');
    expect(await generatedSize(app, '1024x1024')).toEqual([640, 480, 'png']);

    await set(null);
    expect(await generatedSize(app, '1024x1024')).toEqual([1024, 1024, 'png']);
  });

  it('refuses a scale outside (0, 1) or a malformed size, naming the rule', async () => {
    const app = createSimulatorApp();
    for (const undersize of [0, 1, 1.5, '512 by 512']) {
      const res = await app.request('/_sim/control', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ undersize }),
      });
      expect(res.status).toBe(400);
    }
  });

  it('makes gptimageapi.dev answers smaller than its aspect ratio’s own size', async () => {
    const app = createSimulatorApp({ undersize: 0.25 });
    const res = await postEdit(app, {
      prompt: 'Small edit',
      image: `data:image/png;base64,${(await quadrantPng(64, 48)).toString('base64')}`,
      size: '4:3',
    });
    const [image] = parseGptImageApiAnswer(await res.json(), 8).images;
    const meta = await sharp((await fetchImage(app, image!.url)).bytes).metadata();
    expect([meta.width, meta.height]).toEqual([1152 / 4, 864 / 4]);
  });

  it('reads SIM_UNDERSIZE as a scale or a size, and names it when malformed', () => {
    expect(simulatorOptionsFromEnv({ SIM_UNDERSIZE: '0.5' })).toEqual({ undersize: 0.5 });
    expect(simulatorOptionsFromEnv({ SIM_UNDERSIZE: ' 512x384 ' })).toEqual({ undersize: '512x384' });
    expect(simulatorOptionsFromEnv({ SIM_UNDERSIZE: '' })).toEqual({});
    expect(() => simulatorOptionsFromEnv({ SIM_UNDERSIZE: '2' })).toThrow('SIM_UNDERSIZE must be');
    expect(() => simulatorOptionsFromEnv({ SIM_UNDERSIZE: 'half' })).toThrow('SIM_UNDERSIZE must be');
  });
});
