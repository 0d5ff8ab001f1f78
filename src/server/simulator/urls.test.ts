import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseGptImageApiAnswer } from '../../wire/gptimageapi/answer.ts';
import { parseOneminFeatureAnswer } from '../../wire/onemin/answer.ts';
import { createSimulatorApp } from './index.ts';
import { ASSET_BASE, postEdit, postFeature, quadrantPng } from './test-support.ts';

const generate = {
  type: 'IMAGE_GENERATOR',
  model: 'gpt-image-2',
  promptObject: { prompt: 'Urls', size: '1024x1024', quality: 'low', n: 2 },
};

async function issueUrls(app: ReturnType<typeof createSimulatorApp>) {
  const onemin = parseOneminFeatureAnswer(await (await postFeature(app, generate)).json(), ASSET_BASE);
  const image = `data:image/png;base64,${(await quadrantPng(64, 64)).toString('base64')}`;
  const edit = parseGptImageApiAnswer(await (await postEdit(app, { prompt: 'Urls', image })).json());
  return { signed: onemin.images[0]!.url, asset: onemin.images[1]!.url, edit: edit.images[0]!.url };
}

const status = async (app: ReturnType<typeof createSimulatorApp>, url: string) =>
  (await app.request(url)).status;

afterEach(() => {
  vi.useRealTimers();
});

describe('image URLs', () => {
  it('serve with content type and cache lifetime; a changed signature or path is refused', async () => {
    const app = createSimulatorApp();
    const { signed, asset, edit } = await issueUrls(app);
    const res = await app.request(signed);
    expect(res.headers.get('content-type')).toBe('image/png');
    const maxAge = Number(/max-age=(\d+)/.exec(res.headers.get('cache-control') ?? '')?.[1]);
    expect(maxAge).toBeGreaterThan(7 * 24 * 3600 - 5);
    expect(maxAge).toBeLessThanOrEqual(7 * 24 * 3600);
    expect((await app.request(asset)).headers.get('cache-control')).toContain('max-age=');
    expect((await app.request(edit)).headers.get('cache-control')).toContain('max-age=');

    const url = new URL(signed);
    const sig = url.searchParams.get('sig')!;
    url.searchParams.set('sig', `${sig.slice(0, -1)}${sig.endsWith('0') ? '1' : '0'}`);
    expect(await status(app, url.toString())).toBe(403);
    const later = new URL(signed);
    later.searchParams.set('expires', String(Number(later.searchParams.get('expires')) + 3600));
    expect(await status(app, later.toString())).toBe(403);
    expect(await status(app, signed.replace(/\?.*$/, ''))).toBe(403);
    expect(await status(app, signed.replace('/onemin/signed/', '/onemin/signed/x'))).toBe(403);
    expect(await status(app, `${ASSET_BASE}/development/images/missing.png`)).toBe(404);
  });

  it('signed and edit URLs expire after urlTtlSeconds; asset host URLs do not', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T12:00:00Z'));
    const app = createSimulatorApp({ urlTtlSeconds: 60 });
    const { signed, asset, edit } = await issueUrls(app);
    vi.setSystemTime(new Date('2026-03-01T12:00:59Z'));
    expect([await status(app, signed), await status(app, edit)]).toEqual([200, 200]);
    vi.setSystemTime(new Date('2026-03-01T12:01:02Z'));
    expect([await status(app, signed), await status(app, edit), await status(app, asset)]).toEqual([
      403, 403, 200,
    ]);
    const res = await postEdit(app, { prompt: 'Expired source', image: signed });
    expect((await res.json()).message).toContain('could not be fetched (HTTP 403)');
  });

  it('expireUrls turns every image URL, old and new, into a 403 until it is turned off', async () => {
    const app = createSimulatorApp();
    const before = await issueUrls(app);
    const set = (expireUrls: boolean) =>
      app.request('/_sim/control', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ expireUrls }),
      });
    expect((await (await set(true)).json()).expireUrls).toBe(true);
    const during = await issueUrls(app);
    for (const url of [...Object.values(before), ...Object.values(during)])
      expect(await status(app, url)).toBe(403);
    await set(false);
    for (const url of [...Object.values(before), ...Object.values(during)])
      expect(await status(app, url)).toBe(200);
  });
});
