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
      UPSTREAM_TIMEOUT_MS: '300',
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

  it("is blanked out of both the provider's errors and its answers", async () => {
    const ok = await visible(await postJson(`${proxy.url}/api/onemin/features`, generateBody()));
    expect(ok).toContain('"note":"[key]"');
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
