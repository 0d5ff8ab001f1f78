import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { fetchImageBlob } from '../../api/image.ts';

// Tests src/api/image.ts, which the history uses to keep result images.

afterEach(() => vi.unstubAllGlobals());

function serve(response: Response | Error) {
  const fetch = vi.fn(async () => {
    if (response instanceof Error) throw response;
    return response;
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('fetchImageBlob', () => {
  it('fetches through the same-origin proxy route with the URL encoded', async () => {
    const fetch = serve(
      new Response(new Uint8Array([0x89, 0x50]), { headers: { 'Content-Type': 'image/png' } }),
    );
    const blob = await fetchImageBlob('https://asset.1min.ai/a b.png?X-Amz-Signature=x&y=1');
    expect(fetch).toHaveBeenCalledWith(
      '/api/image?url=https%3A%2F%2Fasset.1min.ai%2Fa%20b.png%3FX-Amz-Signature%3Dx%26y%3D1',
      expect.anything(),
    );
    expect(blob.size).toBe(2);
    expect(blob.type).toBe('image/png');
  });

  it('turns the proxy’s error body into its sentence', async () => {
    const body = {
      error: { code: 'bad_request', message: 'Only provider image URLs can be fetched.', status: 400 },
    };
    serve(
      new Response(JSON.stringify(body), { status: 400, headers: { 'Content-Type': 'application/json' } }),
    );
    const error = await fetchImageBlob('https://example.com/x.png').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'bad_request',
      status: 400,
      message: 'Only provider image URLs can be fetched.',
    });
  });

  it('refuses an answer that is not an image, and explains an error without a body', async () => {
    serve(new Response('<html></html>', { headers: { 'Content-Type': 'text/html' } }));
    await expect(fetchImageBlob('https://asset.1min.ai/x.png')).rejects.toMatchObject({
      code: 'unsupported_media',
      message: expect.stringMatching(/not an image/),
    });
    serve(new Response('', { status: 502 }));
    await expect(fetchImageBlob('https://asset.1min.ai/x.png')).rejects.toMatchObject({
      code: 'internal',
      status: 502,
      message: expect.stringMatching(/HTTP 502/),
    });
  });

  it('says when the server cannot be reached', async () => {
    serve(new TypeError('fetch failed'));
    await expect(fetchImageBlob('https://asset.1min.ai/x.png')).rejects.toMatchObject({
      code: 'network',
      status: 0,
    });
  });
});
