import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';
import { parseOneminFeatureAnswer } from '../../wire/onemin/answer.ts';
import { createSimulatorApp, SimStats } from './index.ts';
import { ASSET_BASE, fetchImage, postFeature } from './test-support.ts';

const generate = (promptObject: Record<string, unknown>) => ({
  type: 'IMAGE_GENERATOR',
  model: 'gpt-image-2',
  promptObject,
});

describe('IMAGE_GENERATOR', () => {
  it('makes n different images of exactly the asked size and format, answering the seed shape', async () => {
    const app = createSimulatorApp();
    const res = await postFeature(
      app,
      generate({
        prompt: 'A harbour at dawn',
        size: '1536x1024',
        quality: 'high',
        n: 3,
        output_format: 'png',
      }),
    );
    expect(res.status).toBe(200);
    const json = await res.json();
    const result = parseOneminFeatureAnswer(json, ASSET_BASE);
    expect(result.images).toHaveLength(3);
    expect(result.images[0]?.url).toContain('/onemin/signed/');
    expect(result.images[1]?.url.startsWith(`${ASSET_BASE}/development/images/`)).toBe(true);
    expect(json.aiRecord.aiRecordDetail.resultObject[0]).toMatch(
      /^development\/images\/\d{4}(_\d{2}){5}_\d{3}_[0-9a-f]{8}_a_harbour_at_dawn\.png$/,
    );
    expect(json.aiRecord).toMatchObject({
      status: 'SUCCESS',
      type: 'IMAGE_GENERATOR',
      model: 'gpt-image-2',
      additionalData: null,
    });
    expect(json.aiRecord.aiRecordDetail.promptObject).toEqual({
      prompt: 'A harbour at dawn',
      size: '1536x1024',
      quality: 'high',
      n: 3,
      output_format: 'png',
    });
    expect(json.aiRecord.teamUser.userName).toBeTruthy();

    const pixels = new Set<string>();
    for (const image of result.images) {
      const { bytes, contentType } = await fetchImage(app, image.url);
      expect(contentType).toBe('image/png');
      const meta = await sharp(bytes).metadata();
      expect([meta.format, meta.width, meta.height, meta.hasAlpha]).toEqual(['png', 1536, 1024, false]);
      pixels.add((await sharp(bytes).raw().toBuffer()).toString('base64'));
    }
    expect(pixels.size).toBe(3);
  });

  it('is deterministic for the same prompt, size and variation', async () => {
    const app = createSimulatorApp();
    const body = generate({ prompt: 'Same again', size: '1024x1024', quality: 'low' });
    const first = parseOneminFeatureAnswer(await (await postFeature(app, body)).json(), ASSET_BASE);
    const second = parseOneminFeatureAnswer(await (await postFeature(app, body)).json(), ASSET_BASE);
    const a = await sharp((await fetchImage(app, first.images[0]!.url)).bytes)
      .raw()
      .toBuffer();
    const b = await sharp((await fetchImage(app, second.images[0]!.url)).bytes)
      .raw()
      .toBuffer();
    expect(a.equals(b)).toBe(true);
  });

  it('honours jpeg and webp with output_compression', async () => {
    const app = createSimulatorApp();
    const sizes: Record<string, number> = {};
    for (const format of ['jpeg', 'webp'] as const) {
      for (const compression of [10, 95]) {
        const json = await (
          await postFeature(
            app,
            generate({
              prompt: 'Lossy',
              size: '1024x640',
              quality: 'low',
              output_format: format,
              output_compression: compression,
            }),
          )
        ).json();
        const result = parseOneminFeatureAnswer(json, ASSET_BASE);
        expect(result.images[0]?.format).toBe(format);
        const { bytes, contentType } = await fetchImage(app, result.images[0]!.url);
        expect(contentType).toBe(`image/${format}`);
        const meta = await sharp(bytes).metadata();
        expect([meta.format, meta.width, meta.height]).toEqual([format, 1024, 640]);
        sizes[`${format}${compression}`] = bytes.length;
      }
    }
    expect(sizes.jpeg10).toBeLessThan(sizes.jpeg95!);
    expect(sizes.webp10).toBeLessThan(sizes.webp95!);
  });

  it('refuses sizes that break a rule, naming the rule', async () => {
    const app = createSimulatorApp();
    const res = await postFeature(app, generate({ prompt: 'x', size: '1000x1000', quality: 'low' }));
    expect(res.status).toBe(400);
    expect((await res.json()).message).toContain('Block size');
    const compressionOnPng = await postFeature(
      app,
      generate({
        prompt: 'x',
        size: '1024x1024',
        quality: 'low',
        output_format: 'png',
        output_compression: 50,
      }),
    );
    expect(compressionOnPng.status).toBe(400);
    const unknownModel = await postFeature(app, {
      type: 'IMAGE_GENERATOR',
      model: 'dall-e-9',
      promptObject: {},
    });
    expect((await unknownModel.json()).message).toContain('not in the studio');
    const notJson = await app.request('/onemin/api/features', { method: 'POST', body: '{' });
    expect(notJson.status).toBe(400);
  });

  it('grows usedCredit with every job, by pixels and quality, at the end or (billing start) as it is accepted', async () => {
    const app = createSimulatorApp();
    const used = async () => SimStats.parse(await (await app.request('/_sim/stats')).json()).usedCredit;
    const cost = async (promptObject: Record<string, unknown>) => {
      const before = await used();
      const answer = await postFeature(app, generate({ prompt: 'Credits', ...promptObject }));
      expect(answer.status).toBe(200);
      const json = (await answer.json()) as { aiRecord: { teamUser: { usedCredit: number } } };
      expect(json.aiRecord.teamUser.usedCredit).toBe(await used());
      return (await used()) - before;
    };
    const small = await cost({ size: '1024x1024', quality: 'medium' });
    expect(small).toBeGreaterThan(1000);
    // Four times the pixels, four times the credits (each job's total is rounded to a credit).
    expect(await cost({ size: '2048x2048', quality: 'medium' })).toBeCloseTo(4 * small, -1);
    expect(await cost({ size: '1024x1024', quality: 'high' })).toBeGreaterThan(small);
    expect(await cost({ size: '1024x1024', quality: 'low' })).toBeLessThan(small);
    expect(await cost({ size: '1024x1024', quality: 'medium', n: 2 })).toBeCloseTo(2 * small, -1);

    await app.request('/_sim/control', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ billing: 'start', latencyMs: 60_000 }),
    });
    const gone = new AbortController();
    const before = await used();
    const left = postFeature(app, generate({ prompt: 'Left', size: '1024x1024', quality: 'medium' }), {
      signal: gone.signal,
    }).catch(() => undefined);
    await vi.waitFor(async () => expect(await used()).toBe(before + small));
    gone.abort();
    await left;
  });
});
