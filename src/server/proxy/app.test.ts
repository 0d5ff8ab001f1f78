import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiErrorBody, HealthAnswer } from '../../wire/proxy.ts';
import { parseOneminFeatureAnswer } from '../../wire/onemin/index.ts';
import {
  generateBody,
  pngBytes,
  postJson,
  startTestProxy,
  uploadForm,
  type TestProxy,
} from './test-support.ts';

let proxy: TestProxy;

beforeAll(async () => {
  proxy = await startTestProxy();
});
afterAll(() => proxy.close());
beforeEach(() => proxy.simControl({ fail: null, reset: true, expireUrls: false }));

async function errorOf(response: Response) {
  return ApiErrorBody.parse(await response.json()).error;
}

describe('GET /api/health', () => {
  it('answers the providers modes and asset base, without any key', async () => {
    const response = await fetch(`${proxy.url}/api/health`);
    expect(response.status).toBe(200);
    const health = HealthAnswer.parse(await response.json());
    expect(health).toEqual({
      ok: true,
      providers: {
        onemin: { mode: 'simulator', assetBase: `${proxy.simUrl}/onemin/asset` },
        gptimageapi: { mode: 'simulator' },
      },
    });
  });
});

describe('POST /api/onemin/features', () => {
  it('generates an image of the requested size, through the simulator', async () => {
    const response = await postJson(`${proxy.url}/api/onemin/features`, generateBody({ size: '1024x640' }));
    expect(response.status).toBe(200);
    const result = parseOneminFeatureAnswer(await response.json(), `${proxy.simUrl}/onemin/asset`);
    expect(result.images).toHaveLength(1);
    const image = await fetch(result.images[0]!.url);
    const meta = await sharp(Buffer.from(await image.arrayBuffer())).metadata();
    expect([meta.width, meta.height]).toEqual([1024, 640]);
  });

  it('strips the account details, its total usage and limit too, and says what the job was charged', async () => {
    const answer = (await (await postJson(`${proxy.url}/api/onemin/features`, generateBody())).json()) as {
      aiRecord: Record<string, unknown>;
      studioCredits: unknown;
    };
    expect(answer.aiRecord).not.toHaveProperty('teamUser');
    expect(answer.studioCredits).toEqual(expect.any(Number));
    expect(answer.aiRecord).not.toHaveProperty('userId');
    expect(answer.aiRecord).not.toHaveProperty('teamId');
    expect(JSON.stringify(answer)).not.toContain('Sam Simulator');
  });

  it('refuses a size that breaks a rule with 400 naming the rule, before it reaches upstream', async () => {
    const response = await postJson(`${proxy.url}/api/onemin/features`, generateBody({ size: '1000x1000' }));
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('bad_request');
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/Block size/);
    expect((await proxy.simStats()).requests.features).toBe(0);
  });

  it('refuses unknown models, unknown fields, bodies that are not JSON and bodies not typed as JSON', async () => {
    const unknownModel = await postJson(`${proxy.url}/api/onemin/features`, {
      ...generateBody(),
      model: 'dall-e-9',
    });
    expect((await errorOf(unknownModel)).message).toMatch(/not in the studio's catalog/);
    const extraField = await postJson(`${proxy.url}/api/onemin/features`, generateBody({ seed: 7 }));
    expect(extraField.status).toBe(400);
    const notJson = await fetch(`${proxy.url}/api/onemin/features`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{nope',
    });
    expect(await errorOf(notJson)).toMatchObject({
      code: 'bad_request',
      message: 'The request body must be JSON.',
    });
    const notTypedJson = await fetch(`${proxy.url}/api/onemin/features`, {
      method: 'POST',
      body: JSON.stringify(generateBody()),
    });
    expect(notTypedJson.status).toBe(415);
    expect(await errorOf(notTypedJson)).toMatchObject({ code: 'unsupported_media', status: 415 });
    expect((await proxy.simStats()).requests.features).toBe(0);
  });

  it('sends the key in API-KEY', async () => {
    await postJson(`${proxy.url}/api/onemin/features`, generateBody());
    expect((await proxy.simStats()).keysSeen.onemin).toBe(1);
  });
});

describe('POST /api/onemin/assets', () => {
  it('uploads a PNG and answers only the asset path', async () => {
    const response = await fetch(`${proxy.url}/api/onemin/assets`, {
      method: 'POST',
      body: uploadForm(await pngBytes(64, 48), 'source.png'),
    });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { fileContent: { path: string } };
    expect(answer).toEqual({ fileContent: { path: expect.stringMatching(/^development\/images\//) } });
    const stored = await fetch(`${proxy.simUrl}/onemin/asset/${answer.fileContent.path}`);
    expect(stored.status).toBe(200);
  });

  it('refuses a text file renamed .png with 415, without forwarding it', async () => {
    const text = new TextEncoder().encode('just some notes, not an image at all\n');
    const response = await fetch(`${proxy.url}/api/onemin/assets`, {
      method: 'POST',
      body: uploadForm(text, 'notes.png'),
    });
    expect(response.status).toBe(415);
    const error = await errorOf(response);
    expect(error.code).toBe('unsupported_media');
    expect(error.message).toMatch(/not a PNG, JPEG or WebP image/);
    expect((await proxy.simStats()).requests.assets).toBe(0);
  });

  it('refuses a second part, a wrong field name and a body that is not multipart', async () => {
    const png = await pngBytes(8, 8);
    const twoFiles = uploadForm(png, 'a.png');
    twoFiles.append('asset', new Blob([new TextEncoder().encode('#!/bin/sh')]), 'b.sh');
    const wrongField = new FormData();
    wrongField.append('file', new Blob([new Uint8Array(png)]), 'a.png');
    for (const body of [twoFiles, wrongField, 'plain text']) {
      const response = await fetch(`${proxy.url}/api/onemin/assets`, { method: 'POST', body });
      expect(response.status).toBe(400);
      expect((await errorOf(response)).message).toMatch(/exactly one image/);
    }
  });
});

describe('POST /api/gptimageapi/images/edit', () => {
  it('edits a data URL image and answers the image URLs', async () => {
    const image = `data:image/png;base64,${(await pngBytes(32, 32)).toString('base64')}`;
    const response = await postJson(`${proxy.url}/api/gptimageapi/images/edit`, {
      prompt: 'Make it blue',
      image,
      size: '1:1',
    });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { code: number; data: { images: { url: string }[] } };
    expect(answer.code).toBe(0);
    expect(answer.data.images[0]!.url.startsWith(`${proxy.simUrl}/gptimageapi/cdn/`)).toBe(true);
    expect((await proxy.simStats()).keysSeen.gptimageapi).toBe(1);
  });

  it('refuses an image that is neither a URL nor an image data URL', async () => {
    const response = await postJson(`${proxy.url}/api/gptimageapi/images/edit`, {
      prompt: 'x',
      image: 'data:text/plain;base64,aGk=',
    });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toMatch(/image must be an http\(s\) URL/);
    expect((await proxy.simStats()).requests.edit).toBe(0);
  });

  it('turns an upstream refusal into 400 with its message', async () => {
    const response = await postJson(`${proxy.url}/api/gptimageapi/images/edit`, {
      prompt: 'x',
      image: `${proxy.simUrl}/gptimageapi/cdn/edits/missing.png`,
    });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({
      code: 'bad_request',
      message: expect.stringMatching(/could not be fetched/),
    });
  });
});

describe('anything else under /api', () => {
  it('answers 404 as JSON', async () => {
    for (const [method, path] of [
      ['GET', '/api/nope'],
      ['GET', '/api/onemin/features'],
      ['POST', '/api/health'],
    ] as const) {
      const response = await fetch(`${proxy.url}${path}`, { method });
      expect(response.status).toBe(404);
      expect(await errorOf(response)).toMatchObject({ code: 'not_found', status: 404 });
    }
  });

  it('closes the connection when it refuses a body before all of it arrived, so the next request is answered', async () => {
    const oversized = { ...generateBody(), padding: 'x'.repeat(600 * 1024) };
    const refused = await postJson(`${proxy.url}/api/onemin/features`, oversized);
    expect(refused.status).toBe(413);
    expect(refused.headers.get('connection')).toBe('close');
    await refused.text();
    const next = await postJson(`${proxy.url}/api/onemin/features`, generateBody({ size: '1000x1000' }));
    expect(next.status).toBe(400);
    expect(next.headers.get('connection')).toBe('keep-alive');
  });

  it('logs one line per request: method, route, status and time, never the query', async () => {
    proxy.logs.length = 0;
    await fetch(`${proxy.url}/api/health`);
    await fetch(`${proxy.url}/api/image?url=${encodeURIComponent('https://example.com/secret-token')}`);
    expect(proxy.logs[0]).toMatch(/^GET \/api\/health 200 \d+ms$/);
    expect(proxy.logs[1]).toMatch(/^GET \/api\/image 400 \d+ms$/);
    expect(proxy.logs.join('\n')).not.toContain('secret-token');
  });
});
