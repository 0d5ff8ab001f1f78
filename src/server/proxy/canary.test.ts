import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimFailure } from '../simulator/index.ts';
import { IDEMPOTENCY_HEADER } from '../../wire/proxy.ts';
import {
  generateBody,
  pngBytes,
  postJson,
  startTestProxy,
  uploadForm,
  type TestProxy,
} from './test-support.ts';

const CANARY = { onemin: 'canary-onemin-0d9e4c71a2b3', gptimageapi: 'canary-gptimageapi-5f1b8e02c6d4' };
const canaries = Object.values(CANARY);

/** Everything the browser could see of a response: status line, headers and body. */
async function visible(response: Response): Promise<string> {
  const headers = JSON.stringify([...response.headers.entries()]);
  const body = await response.text().catch(() => '');
  return `${response.status}\n${headers}\n${body}`;
}

function leaks(text: string): string[] {
  return canaries.filter((canary) => text.includes(canary));
}

describe('the API keys in live mode (against the simulator)', () => {
  let proxy: TestProxy;
  const seen: string[] = [];
  const record = async (response: Response | Promise<Response>) => seen.push(await visible(await response));

  beforeAll(async () => {
    proxy = await startTestProxy((sim) => ({
      ONEMIN_API_KEY: CANARY.onemin,
      ONEMIN_BASE_URL: `${sim}/onemin`,
      ONEMIN_ASSET_BASE: `${sim}/onemin/asset`,
      GPTIMAGEAPI_API_KEY: CANARY.gptimageapi,
      GPTIMAGEAPI_BASE_URL: `${sim}/gptimageapi`,
      // Long enough for a render on a busy machine; the injected 'timeout' failure waits it out.
      UPSTREAM_TIMEOUT_MS: '3000',
    }));
  });
  afterAll(() => proxy.close());

  it('never appear in any response or log line, whatever the route or failure', async () => {
    const png = await pngBytes(16, 16);
    const image = `data:image/png;base64,${png.toString('base64')}`;
    const health = await fetch(`${proxy.url}/api/health`);
    expect((await health.clone().json()).providers.onemin.mode).toBe('live');
    await record(health);

    const generated = await postJson(`${proxy.url}/api/onemin/features`, generateBody(), {
      [IDEMPOTENCY_HEADER]: 'canary-job-1',
    });
    const answer = (await generated.clone().json()) as { aiRecord: { temporaryUrl: string } };
    await record(generated);
    await record(fetch(`${proxy.url}/api/image?url=${encodeURIComponent(answer.aiRecord.temporaryUrl)}`));
    await record(fetch(`${proxy.url}/api/jobs/canary-job-1`));
    await record(fetch(`${proxy.url}/api/jobs/canary-job-1`, { method: 'DELETE' }));
    await record(postJson(`${proxy.url}/api/onemin/features`, generateBody({ size: '1000x1000' })));
    await record(fetch(`${proxy.url}/api/onemin/assets`, { method: 'POST', body: uploadForm(png, 'a.png') }));
    await record(
      fetch(`${proxy.url}/api/onemin/assets`, {
        method: 'POST',
        body: uploadForm(new Uint8Array(64), 'a.png'),
      }),
    );
    await record(postJson(`${proxy.url}/api/gptimageapi/images/edit`, { prompt: 'Make it blue', image }));
    await record(postJson(`${proxy.url}/api/gptimageapi/images/edit`, { prompt: 'x', image: 'nope' }));
    await record(fetch(`${proxy.url}/api/nothing-here`));

    const failures: SimFailure[] = ['401', '402', '429', '500', 'bad-json', 'reset', 'timeout'];
    for (const fail of failures) {
      await proxy.simControl({ fail, failCount: 2 });
      await record(postJson(`${proxy.url}/api/onemin/features`, generateBody()));
      await record(postJson(`${proxy.url}/api/gptimageapi/images/edit`, { prompt: 'Make it blue', image }));
    }

    expect(seen.length).toBeGreaterThan(20);
    expect(seen.flatMap(leaks)).toEqual([]);
    expect(proxy.logs.length).toBeGreaterThan(20);
    expect(proxy.logs.flatMap(leaks)).toEqual([]);
    // The keys did travel, server to upstream.
    const stats = await proxy.simStats();
    expect(stats.keysSeen.onemin).toBeGreaterThan(0);
    expect(stats.keysSeen.gptimageapi).toBeGreaterThan(0);
  });
});

describe('a provider that echoes the key', () => {
  let echo: Server;
  let proxy: TestProxy;

  beforeAll(async () => {
    echo = createServer(async (req, res) => {
      const key = String(req.headers['api-key'] ?? '');
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const failing = Buffer.concat(chunks).toString().includes('please fail');
      res.writeHead(failing ? 400 : 200, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify(
          failing
            ? { message: `The key ${key} may not use this model.` }
            : {
                aiRecord: {
                  status: 'SUCCESS',
                  note: key,
                  aiRecordDetail: { promptObject: {}, resultObject: ['a.png'] },
                },
              },
        ),
      );
    });
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    const { port } = echo.address() as AddressInfo;
    proxy = await startTestProxy(() => ({
      ONEMIN_API_KEY: CANARY.onemin,
      ONEMIN_BASE_URL: `http://127.0.0.1:${port}`,
    }));
  });
  afterAll(async () => {
    await proxy.close();
    await new Promise((resolve) => echo.close(resolve));
  });

  it("is blanked out of the provider's errors, and its answers' other fields never leave", async () => {
    const ok = await visible(await postJson(`${proxy.url}/api/onemin/features`, generateBody()));
    expect(ok).toContain('"resultObject":["a.png"]');
    expect(ok).not.toContain('note');
    const refused = await postJson(
      `${proxy.url}/api/onemin/features`,
      generateBody({ prompt: 'please fail' }),
    );
    expect(refused.status).toBe(400);
    const text = await visible(refused);
    expect(text).toContain('The key [key] may not use this model.');
    expect(leaks(ok + text)).toEqual([]);
  });
});

/** Every way an upstream might write the key back: as is, upper- and lower-cased, JSON-escaped. */
function echoes(key: string): string[] {
  const escaped = [...key].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  const mixed = [...key]
    .map((char, i) => (i % 2 ? `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : char))
    .join('');
  return [key, key.toUpperCase(), key.toLowerCase(), escaped, mixed];
}

describe('a provider that echoes the key in every case and encoding', () => {
  let echo: Server;
  let proxy: TestProxy;
  let form = 0;
  let features = 0;

  beforeAll(async () => {
    echo = createServer(async (req, res) => {
      const key = String(req.headers['api-key'] ?? req.headers.authorization?.replace(/^Bearer /, '') ?? '');
      for await (const _chunk of req) void _chunk;
      const variant = echoes(key)[form % 5]!;
      form += 1;
      const jsonText = (text: string) => `"${text}"`;
      let status = 200;
      let body: string;
      if (req.url === '/api/assets') {
        body = `{"fileContent":{"path":${jsonText(`images/${variant}/a.png`)}}}`;
      } else if (req.url?.startsWith('/v1/')) {
        body = `{"code":1,"message":${jsonText(`bad key ${variant}`)}}`;
      } else if ((features += 1) % 3 === 0) {
        status = 400;
        body = `{"message":${jsonText(`The key ${variant} may not use this model.`)}}`;
      } else if (features % 3 === 1) {
        body = `{"aiRecord":{"status":${jsonText(variant)},"aiRecordDetail":{"promptObject":{},"errorMessage":${jsonText(variant)}}}}`;
      } else {
        body = `{"aiRecord":{"status":"COMPLETED","note":${jsonText(variant)},"${variant}":1,"aiRecordDetail":{"promptObject":{},"resultObject":[${jsonText(`x/${variant}.png`)}]}}}`;
      }
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(body);
    });
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    const { port } = echo.address() as AddressInfo;
    proxy = await startTestProxy(() => ({
      ONEMIN_API_KEY: CANARY.onemin,
      ONEMIN_BASE_URL: `http://127.0.0.1:${port}`,
      GPTIMAGEAPI_API_KEY: CANARY.gptimageapi,
      GPTIMAGEAPI_BASE_URL: `http://127.0.0.1:${port}`,
    }));
  });
  afterAll(async () => {
    await proxy.close();
    await new Promise((resolve) => echo.close(resolve));
  });

  it('never lets it through: error texts, 200 answers, job answers and asset paths', async () => {
    const png = await pngBytes(16, 16);
    const image = `data:image/png;base64,${png.toString('base64')}`;
    const seen: string[] = [];
    for (let i = 0; i < 15; i++) {
      const key = `echo-${i}`;
      const features = await postJson(`${proxy.url}/api/onemin/features`, generateBody(), {
        [IDEMPOTENCY_HEADER]: key,
      });
      seen.push(await visible(features));
      seen.push(await visible(await fetch(`${proxy.url}/api/jobs/${key}`)));
      seen.push(
        await visible(
          await fetch(`${proxy.url}/api/onemin/assets`, { method: 'POST', body: uploadForm(png, 'a.png') }),
        ),
      );
      seen.push(
        await visible(
          await postJson(`${proxy.url}/api/gptimageapi/images/edit`, { prompt: 'Make it blue', image }),
        ),
      );
    }
    const all = seen.join('\n').toLowerCase();
    expect(all).toContain('[key]');
    expect(all).toContain('"status":"completed"');
    for (const canary of canaries) {
      for (const form of echoes(canary)) expect(all).not.toContain(form.toLowerCase());
    }
    expect(proxy.logs.join('\n').toLowerCase()).not.toContain(CANARY.onemin);
  });
});
