import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGptImageApiEditRequest } from '../../wire/gptimageapi/index.ts';
import { parseOneminFeatureRequest } from '../../wire/onemin/index.ts';
import { ApiErrorBody } from '../../wire/proxy.ts';
import { fuzzCases, PAID_BASES, type FuzzCase } from './fuzz/cases.ts';
import { startTestProxy, type TestProxy } from './test-support.ts';

const SEED = 20_251_121;
const COUNT = 600;
const MAX_UPLOAD_BYTES = 64 * 1024;
/** Requests in flight at once. */
const PARALLEL = 8;

let proxy: TestProxy;

beforeAll(async () => {
  proxy = await startTestProxy(() => ({
    MAX_UPLOAD_BYTES: String(MAX_UPLOAD_BYTES),
    RATE_LIMIT_PAID_PER_MIN: '1000000',
    RATE_LIMIT_API_PER_MIN: '1000000',
  }));
});
afterAll(() => proxy.close());

/** What went wrong with one answer, or undefined when it is a 4xx JSON error whose body matches its status. */
async function problemWith(fuzz: FuzzCase): Promise<string | undefined> {
  const response = await fetch(`${proxy.url}${fuzz.path}`, {
    method: fuzz.method,
    headers: fuzz.headers,
    ...(fuzz.body === undefined ? {} : { body: fuzz.body }),
  });
  const text = await response.text();
  if (response.status < 400 || response.status > 499) return `HTTP ${response.status}`;
  if (!response.headers.get('content-type')?.startsWith('application/json')) return 'not JSON';
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return `not JSON: ${text.slice(0, 80)}`;
  }
  const parsed = ApiErrorBody.safeParse(json);
  if (!parsed.success) return `not an ApiErrorBody: ${text.slice(0, 80)}`;
  if (parsed.data.error.status !== response.status) return `body says ${parsed.data.error.status}`;
  return undefined;
}

describe('the proxy under invalid requests', () => {
  it('makes the same cases from the same seed, and others from another', () => {
    const options = { count: 50, maxUploadBytes: MAX_UPLOAD_BYTES, allowedImagePrefixes: [] };
    const fingerprint = (seed: number) =>
      fuzzCases({ ...options, seed }).map((c) => `${c.method} ${c.path} ${c.label} ${c.body?.length}`);
    expect(fingerprint(7)).toEqual(fingerprint(7));
    expect(fingerprint(7)).not.toEqual(fingerprint(8));
  });

  it('mutates bodies that are valid to begin with', () => {
    for (const body of PAID_BASES.onemin) expect(parseOneminFeatureRequest(body).ok).toBe(true);
    expect(parseGptImageApiEditRequest(PAID_BASES.edit).ok).toBe(true);
  });

  it(`answers ${COUNT} generated invalid requests with a 4xx JSON error each, and none reaches upstream`, async () => {
    const health = (await (await fetch(`${proxy.url}/api/health`)).json()) as {
      providers: { onemin: { assetBase: string } };
    };
    const cases = fuzzCases({
      seed: SEED,
      count: COUNT,
      maxUploadBytes: MAX_UPLOAD_BYTES,
      allowedImagePrefixes: [`${proxy.simUrl}/`, `${health.providers.onemin.assetBase}/`],
    });
    const routes = new Set(
      cases.map((c) => `${c.method} ${c.path.split('?')[0]!.replace(/^\/api\/jobs\/.*/, '/api/jobs/:id')}`),
    );
    for (const route of [
      'POST /api/onemin/features',
      'POST /api/gptimageapi/images/edit',
      'POST /api/onemin/assets',
      'GET /api/image',
      'GET /api/jobs/:id',
      'DELETE /api/jobs/:id',
    ]) {
      expect(routes).toContain(route);
    }

    const problems: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        while (next < cases.length) {
          const fuzz = cases[next++]!;
          const problem = await problemWith(fuzz).catch((error: unknown) => `no answer: ${String(error)}`);
          if (problem) problems.push(`${fuzz.label}: ${problem}`);
        }
      }),
    );
    expect(problems).toEqual([]);

    const stats = await proxy.simStats();
    expect(stats.requests).toEqual({ assets: 0, features: 0, edit: 0 });
    expect(stats.keysSeen).toEqual({ onemin: 0, gptimageapi: 0 });
  });
});
