import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parseOneminFeatureAnswer } from '../../wire/onemin/answer.ts';
import { createSimulatorApp } from './index.ts';
import { generatedRaw } from './render/generate.ts';
import { inpaintedImage } from './render/inpaint.ts';
import {
  ASSET_BASE,
  fetchImage,
  postFeature,
  quadrantPng,
  rawRgb,
  rightHalfMask,
  uploadAsset,
} from './test-support.ts';

const inpaint = (promptObject: Record<string, unknown>) => ({
  type: 'IMAGE_INPAINTER',
  model: 'gpt-image-2',
  promptObject,
});

/** How many pixels of a column range differ between two raw RGB images of one size. */
function differingPixels(
  a: Buffer,
  b: Buffer,
  width: number,
  height: number,
  fromX: number,
  toX: number,
): number {
  let count = 0;
  for (let y = 0; y < height; y++) {
    for (let x = fromX; x < toX; x++) {
      const i = (y * width + x) * 3;
      if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2]) count++;
    }
  }
  return count;
}

describe('IMAGE_INPAINTER', () => {
  it('refuses a mask whose size differs from the source, giving both sizes', async () => {
    const app = createSimulatorApp();
    const imageUrl = await uploadAsset(app, await quadrantPng(1024, 1024));
    const maskUrl = await uploadAsset(app, await rightHalfMask(512, 512), 'mask.png');
    const res = await postFeature(
      app,
      inpaint({ imageUrl, maskUrl, prompt: 'Fire', size: '1024x1024', quality: 'low' }),
    );
    expect(res.status).toBe(400);
    const { message } = await res.json();
    expect(message).toContain("mask must match the source's dimensions");
    expect(message).toContain('1024x1024');
    expect(message).toContain('512x512');
    const noMask = await postFeature(
      app,
      inpaint({
        imageUrl,
        maskUrl: 'development/images/gone.png',
        prompt: 'Fire',
        size: '1024x1024',
        quality: 'low',
      }),
    );
    expect((await noMask.json()).message).toContain('maskUrl names no asset');
  });

  it('changes only where the mask is white: black keeps the source exactly', async () => {
    const app = createSimulatorApp();
    const source = await quadrantPng(1024, 1024);
    const imageUrl = await uploadAsset(app, source);
    const maskUrl = await uploadAsset(app, await rightHalfMask(1024, 1024), 'mask.png');
    const res = await postFeature(
      app,
      inpaint({ imageUrl, maskUrl, prompt: 'A window', size: '1024x1024', quality: 'low', n: 1 }),
    );
    expect(res.status).toBe(200);
    const result = parseOneminFeatureAnswer(await res.json(), ASSET_BASE);
    const out = await rawRgb((await fetchImage(app, result.images[0]!.url)).bytes);
    const src = await rawRgb(source);
    expect([out.width, out.height]).toEqual([1024, 1024]);
    expect(differingPixels(out.data, src.data, 1024, 1024, 0, 512)).toBe(0);
    expect(differingPixels(out.data, src.data, 1024, 1024, 512, 1024)).toBeGreaterThan(512 * 1024 * 0.9);
  });

  it('resizes source and mask alike when the output size differs', async () => {
    const app = createSimulatorApp();
    const source = await quadrantPng(768, 512);
    const imageUrl = await uploadAsset(app, source);
    const maskUrl = await uploadAsset(app, await rightHalfMask(768, 512), 'mask.png');
    const res = await postFeature(
      app,
      inpaint({
        imageUrl,
        maskUrl,
        prompt: 'A door',
        size: '1536x1024',
        quality: 'low',
        output_format: 'png',
      }),
    );
    const result = parseOneminFeatureAnswer(await res.json(), ASSET_BASE);
    const out = await rawRgb((await fetchImage(app, result.images[0]!.url)).bytes);
    const resized = await rawRgb(await sharp(source).resize(1536, 1024, { fit: 'cover' }).png().toBuffer());
    expect([out.width, out.height]).toEqual([1536, 1024]);
    // Columns near the mask's edge are grey after resizing; well inside each half the rule is exact.
    expect(differingPixels(out.data, resized.data, 1536, 1024, 0, 760)).toBe(0);
    expect(differingPixels(out.data, resized.data, 1536, 1024, 776, 1536)).toBeGreaterThan(760 * 1024 * 0.9);
  });
});

describe('inpaintedImage', () => {
  it('blends a grey mask between the source and the generated content', async () => {
    const size = { width: 1024, height: 640 };
    const source = await quadrantPng(size.width, size.height);
    const grey = await sharp({ create: { ...size, channels: 3, background: { r: 128, g: 128, b: 128 } } })
      .png()
      .toBuffer();
    const out = await (
      await inpaintedImage(source, grey, { prompt: 'Blend', size, variation: 0 })
    )
      .raw()
      .toBuffer();
    const src = (await rawRgb(source)).data;
    const generated = await generatedRaw('Blend', size, 0);
    for (const i of [0, 1, 2, 400_000, 1_966_079]) {
      expect(out[i]).toBe(Math.round(((src[i] ?? 0) * 127 + (generated[i] ?? 0) * 128) / 255));
    }
  });
});
