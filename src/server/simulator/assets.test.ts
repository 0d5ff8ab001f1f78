import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parseOneminAssetAnswer } from '../../wire/onemin/answer.ts';
import { createSimulatorApp } from './index.ts';
import { fetchImage, quadrantPng, uploadAsset } from './test-support.ts';

function upload(app: ReturnType<typeof createSimulatorApp>, bytes: Uint8Array, name: string, type: string) {
  const form = new FormData();
  form.append('asset', new Blob([new Uint8Array(bytes)], { type }), name);
  return app.request('/onemin/api/assets', { method: 'POST', body: form });
}

describe('POST /onemin/api/assets', () => {
  it('stores an image and answers its path like the real API, served from the asset host', async () => {
    const app = createSimulatorApp();
    const png = await quadrantPng(320, 200);
    const res = await upload(app, png, 'My Photo (1).png', 'image/png');
    expect(res.status).toBe(200);
    const path = parseOneminAssetAnswer(await res.json());
    expect(path).toMatch(/^development\/images\/\d{4}(_\d{2}){5}_\d{3}_[0-9a-f]{8}_my_photo_1\.png$/);
    const served = await fetchImage(app, `http://localhost/onemin/asset/${path}`);
    expect(served.contentType).toBe('image/png');
    expect(served.bytes.equals(png)).toBe(true);
  });

  it('names JPEG and WebP uploads by their real format', async () => {
    const app = createSimulatorApp();
    const jpeg = await sharp(await quadrantPng(64, 64))
      .jpeg()
      .toBuffer();
    const webp = await sharp(await quadrantPng(64, 64))
      .webp()
      .toBuffer();
    expect(await uploadAsset(app, jpeg, 'photo.png', 'image/png')).toMatch(/_photo\.jpg$/);
    expect(await uploadAsset(app, webp, 'x.webp', 'image/webp')).toMatch(/_x\.webp$/);
  });

  it('refuses what is not a PNG, JPEG or WebP image', async () => {
    const app = createSimulatorApp();
    const text = await upload(app, new TextEncoder().encode('not an image'), 'a.png', 'image/png');
    expect(text.status).toBe(400);
    expect((await text.json()).message).toBe('The asset must be a PNG, JPEG or WebP image.');
    const gif = await sharp(await quadrantPng(16, 16))
      .gif()
      .toBuffer();
    expect((await upload(app, gif, 'a.gif', 'image/gif')).status).toBe(400);
    const wrongField = new FormData();
    wrongField.append('file', new Blob([new Uint8Array(await quadrantPng(16, 16))]), 'a.png');
    const missing = await app.request('/onemin/api/assets', { method: 'POST', body: wrongField });
    expect(missing.status).toBe(400);
    expect((await missing.json()).message).toContain('"asset"');
  });
});
