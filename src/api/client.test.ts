import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiFetch, errorFromAnswer } from './client.ts';

function answerWith(response: Response | Error) {
  const fake = vi.fn(async (..._args: Parameters<typeof fetch>) => {
    if (response instanceof Error) throw response;
    return response;
  });
  vi.stubGlobal('fetch', fake);
  return fake;
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => vi.unstubAllGlobals());

describe('apiFetch', () => {
  it('sends JSON bodies with their content type and answers the parsed JSON', async () => {
    const fake = answerWith(Response.json({ ok: true }));
    const answer = await apiFetch('/api/thing', {
      method: 'POST',
      json: { a: 1 },
      headers: { 'Idempotency-Key': 'k1' },
    });
    expect(answer).toEqual({ ok: true });
    const [path, init] = fake.mock.calls[0]!;
    const headers = new Headers(init?.headers);
    expect(path).toBe('/api/thing');
    expect(init?.body).toBe('{"a":1}');
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.get('idempotency-key')).toBe('k1');
  });

  it('answers null for an empty answer', async () => {
    answerWith(new Response(null, { status: 204 }));
    expect(await apiFetch('/api/jobs/x', { method: 'DELETE' })).toBeNull();
  });

  it("carries the proxy's error code, status and sentence as they are", async () => {
    answerWith(
      Response.json(
        {
          error: {
            code: 'out_of_credits',
            message: 'The 1min.ai account is out of credits. Top it up.',
            status: 402,
          },
        },
        { status: 402 },
      ),
    );
    const error = await failure(apiFetch('/api/onemin/features'));
    expect(error.code).toBe('out_of_credits');
    expect(error.status).toBe(402);
    expect(error.message).toBe('The 1min.ai account is out of credits. Top it up.');
  });

  it("takes only a well-formed error body for the proxy's own sentence", () => {
    const body = { error: { code: 'rate_limited', message: 'Slow down.', status: 429 } };
    expect(errorFromAnswer(429, body)).toMatchObject({ code: 'rate_limited', message: 'Slow down.' });
    const malformed: unknown[] = [
      { error: { ...body.error, code: 'teapot' } },
      { error: { ...body.error, message: 7 } },
      { error: { ...body.error, status: '429' } },
      { error: 'Slow down.' },
      ['rate_limited'],
      null,
    ];
    for (const wrong of malformed) {
      const error = errorFromAnswer(429, wrong);
      expect(error.code).toBe('internal');
      expect(error.message).toMatch(/HTTP 429 without an explanation/);
    }
    expect(errorFromAnswer(404, { error: {} }).code).toBe('not_found');
  });

  it('turns an HTML error page into a sentence that names the status', async () => {
    answerWith(
      new Response('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }),
    );
    const error = await failure(apiFetch('/api/health'));
    expect(error.code).toBe('internal');
    expect(error.status).toBe(502);
    expect(error.message).toMatch(/HTTP 502/);
    expect(error.message).not.toMatch(/html/i);
  });

  it('refuses a successful answer that is not JSON', async () => {
    answerWith(new Response('hello', { status: 200 }));
    const error = await failure(apiFetch('/api/health'));
    expect(error.message).toMatch(/not JSON/);
  });

  it('turns a network failure into a sentence', async () => {
    answerWith(new TypeError('fetch failed'));
    const error = await failure(apiFetch('/api/health'));
    expect(error.code).toBe('network');
    expect(error.status).toBe(0);
    expect(error.message).toMatch(/Could not reach the studio's server/);
  });

  it('reports an aborted request as cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    answerWith(new DOMException('The operation was aborted.', 'AbortError'));
    const error = await failure(apiFetch('/api/onemin/features', { signal: controller.signal }));
    expect(error.code).toBe('cancelled');
    expect(error.message).toBe('Cancelled.');
  });
});
