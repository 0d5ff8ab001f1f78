import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { IDEMPOTENCY_HEADER, JobStatusAnswer } from '../../wire/proxy.ts';
import { generateBody, postJson, startTestProxy, type TestProxy } from './test-support.ts';

let proxy: TestProxy;
let counter = 0;
const newKey = () => `job-${Date.now()}-${(counter += 1)}`;

beforeAll(async () => {
  proxy = await startTestProxy();
});
afterAll(() => proxy.close());
beforeEach(() => proxy.simControl({ fail: null, latencyMs: 0, reset: true }));

const generate = (key?: string, signal?: AbortSignal) =>
  postJson(
    `${proxy.url}/api/onemin/features`,
    generateBody(),
    key ? { [IDEMPOTENCY_HEADER]: key } : {},
    signal,
  );

async function jobStatus(key: string) {
  const response = await fetch(`${proxy.url}/api/jobs/${key}`);
  return { status: response.status, body: (await response.json()) as unknown };
}

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('the job journal behind Idempotency-Key', () => {
  it('joins two concurrent requests with the same key: one upstream call, the same answer for both', async () => {
    await proxy.simControl({ latencyMs: 300 });
    const key = newKey();
    const [first, second] = await Promise.all([generate(key), generate(key)]);
    expect([first.status, second.status]).toEqual([200, 200]);
    const [a, b] = [await first.json(), await second.json()];
    expect(b).toEqual(a);
    const stats = await proxy.simStats();
    expect(stats.requests.features).toBe(1);
    // The provider's idempotency key is the user's own: the same key from another user is another job.
    expect(stats.log[0]?.idempotencyKey).toMatch(new RegExp(`^[\\w-]{16}:${key}$`));
  });

  it('answers a later request with a known key from the journal without calling upstream again', async () => {
    const key = newKey();
    const first = await (await generate(key)).json();
    const again = await (await generate(key)).json();
    expect(again).toEqual(first);
    expect((await proxy.simStats()).requests.features).toBe(1);
  });

  it('refuses a known key sent with a different request', async () => {
    const key = newKey();
    await generate(key);
    const other = await postJson(
      `${proxy.url}/api/onemin/features`,
      generateBody({ prompt: 'Something else' }),
      {
        [IDEMPOTENCY_HEADER]: key,
      },
    );
    expect(other.status).toBe(400);
    expect((await other.json()).error.message).toMatch(/already used for a different request/);
    expect((await proxy.simStats()).requests.features).toBe(1);
  });

  it('finishes the upstream call when the browser goes away, and keeps the answer for GET /api/jobs/:id', async () => {
    await proxy.simControl({ latencyMs: 300 });
    const key = newKey();
    const browser = new AbortController();
    const pending = generate(key, browser.signal).catch((error: unknown) => error);
    await waitFor(async () => ((await proxy.simStats()).requests.features === 1 ? true : undefined));
    browser.abort();
    expect(await pending).toBeInstanceOf(Error);

    const running = await jobStatus(key);
    expect(JobStatusAnswer.parse(running.body)).toMatchObject({
      id: key,
      provider: 'onemin',
      state: 'running',
    });

    const done = await waitFor(async () => {
      const { body } = await jobStatus(key);
      const status = JobStatusAnswer.parse(body);
      return status.state === 'running' ? undefined : status;
    });
    expect(done.state).toBe('done');
    const answer = done.answer as { aiRecord: { temporaryUrl: string }; studioCredits: number };
    expect(answer.aiRecord.temporaryUrl).toContain('/onemin/signed/');
    expect(answer.aiRecord).not.toHaveProperty('teamUser');
    expect(answer.studioCredits).toBeGreaterThan(0);
  });

  it('aborts the upstream call without a key when the browser goes away', async () => {
    await proxy.simControl({ latencyMs: 60_000 });
    const browser = new AbortController();
    const pending = generate(undefined, browser.signal).catch((error: unknown) => error);
    await waitFor(async () => ((await proxy.simStats()).requests.features === 1 ? true : undefined));
    browser.abort();
    await pending;
    await waitFor(async () =>
      proxy.logs.some((line) => line.startsWith('POST /api/onemin/features')) ? true : undefined,
    );
  });

  it('DELETE /api/jobs/:id cancels: the upstream call is aborted and the job fails with cancelled', async () => {
    await proxy.simControl({ latencyMs: 60_000 });
    const key = newKey();
    const pending = generate(key);
    await waitFor(async () => ((await proxy.simStats()).requests.features === 1 ? true : undefined));
    const started = Date.now();
    const cancel = await fetch(`${proxy.url}/api/jobs/${key}`, { method: 'DELETE' });
    expect(cancel.status).toBe(200);
    expect(JobStatusAnswer.parse(await cancel.json())).toMatchObject({
      state: 'failed',
      error: { code: 'cancelled' },
    });
    expect(Date.now() - started).toBeLessThan(5000);

    const original = await pending;
    expect(original.status).toBe(409);
    expect((await original.json()).error.code).toBe('cancelled');
    expect(JobStatusAnswer.parse((await jobStatus(key)).body).state).toBe('failed');
  });

  it('answers 404 for an unknown job, to GET and DELETE alike', async () => {
    for (const method of ['GET', 'DELETE']) {
      const response = await fetch(`${proxy.url}/api/jobs/never-sent`, { method });
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe('not_found');
    }
  });

  it('keeps a failure in the journal too', async () => {
    await proxy.simControl({ fail: '402', failCount: 1 });
    const key = newKey();
    expect((await generate(key)).status).toBe(402);
    const status = JobStatusAnswer.parse((await jobStatus(key)).body);
    expect(status).toMatchObject({ state: 'failed', error: { code: 'out_of_credits', status: 402 } });
  });

  it('refuses a malformed key', async () => {
    const response = await generate('not a key!');
    expect(response.status).toBe(400);
    expect((await proxy.simStats()).requests.features).toBe(0);
  });
});
