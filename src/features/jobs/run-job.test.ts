import { afterEach, describe, expect, it, vi } from 'vitest';
import { getEntry, initialSettings, type CatalogEntry } from '../../catalog/index.ts';
import { ApiError } from '../../api/client.ts';
import { runJob, type SentRequest } from './run-job.ts';

const ASSET_BASE = 'https://asset.example/';

function entry(id: string): CatalogEntry {
  const found = getEntry(id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

const generate = entry('onemin:gpt-image-2:generate');

function generateJob(overrides: Partial<SentRequest['settings']> = {}): SentRequest {
  return {
    jobId: 'job-123',
    entry: generate,
    settings: { ...initialSettings(generate, 'A lighthouse at dusk'), size: '1536x1024', n: 2, ...overrides },
  };
}

function oneminAnswer(paths: string[], size: string) {
  return {
    studioCredits: 1_200,
    aiRecord: {
      uuid: 'rec-1',
      status: 'SUCCESS',
      aiRecordDetail: { promptObject: { size, output_format: 'png' }, resultObject: paths },
      temporaryUrl: `https://s3.example/asset.1min.ai/${paths[0]}?X-Amz-Signature=abc`,
    },
  };
}

function stubFetch(answer: () => Response) {
  const fake = vi.fn(async (..._args: Parameters<typeof fetch>) => answer());
  vi.stubGlobal('fetch', fake);
  return fake;
}

afterEach(() => vi.unstubAllGlobals());

describe('runJob', () => {
  it('posts the seed body with the job id as Idempotency-Key and answers the images', async () => {
    const paths = ['images/a.png', 'images/b.png'];
    const fake = stubFetch(() => Response.json(oneminAnswer(paths, '1536x1024')));

    const result = await runJob(generateJob(), { assetBase: ASSET_BASE });

    const [path, init] = fake.mock.calls[0]!;
    expect(path).toBe('/api/onemin/features');
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('Idempotency-Key')).toBe('job-123');
    expect(JSON.parse(String(init?.body))).toEqual({
      type: 'IMAGE_GENERATOR',
      model: 'gpt-image-2',
      promptObject: {
        prompt: 'A lighthouse at dusk',
        size: '1536x1024',
        quality: 'medium',
        n: 2,
        background: 'auto',
        output_format: 'png',
      },
    });
    expect(result.images.map((image) => image.url)).toEqual([
      'https://s3.example/asset.1min.ai/images/a.png?X-Amz-Signature=abc',
      'https://asset.example/images/b.png',
    ]);
    expect(result.images[1]).toMatchObject({
      width: 1536,
      height: 1024,
      format: 'png',
      assetPath: 'images/b.png',
    });
    expect(result.credits).toEqual({ job: 1_200 });
  });

  it('sends output_compression only for a lossy format', async () => {
    const fake = stubFetch(() => Response.json(oneminAnswer(['images/a.jpeg'], '1024x1024')));
    await runJob(generateJob({ outputFormat: 'jpeg', outputCompression: 60, n: 1 }), {
      assetBase: ASSET_BASE,
    });
    const body = JSON.parse(String(fake.mock.calls[0]![1]?.body));
    expect(body.promptObject.output_compression).toBe(60);
  });

  it('never sends settings the entry refuses', async () => {
    const fake = stubFetch(() => Response.json({}));
    const error = await runJob(generateJob({ size: '1000x1000' }), { assetBase: ASSET_BASE }).catch(
      (e: unknown) => e,
    );
    expect(fake).not.toHaveBeenCalled();
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('bad_request');
    expect((error as ApiError).message).toMatch(/^Block size: width and height must both be divisible by 16/);
  });

  it("passes the proxy's error sentence through", async () => {
    stubFetch(() =>
      Response.json(
        {
          error: {
            code: 'rate_limited',
            message: '1min.ai is busy; wait a minute and try again.',
            status: 429,
          },
        },
        { status: 429 },
      ),
    );
    const error = (await runJob(generateJob(), { assetBase: ASSET_BASE }).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error.code).toBe('rate_limited');
    expect(error.message).toBe('1min.ai is busy; wait a minute and try again.');
  });

  it('turns an answer without images into a sentence', async () => {
    stubFetch(() => Response.json({ aiRecord: { aiRecordDetail: { promptObject: {}, resultObject: [] } } }));
    const error = (await runJob(generateJob(), { assetBase: ASSET_BASE }).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('bad_upstream_answer');
    expect(error.message).toBe('1min.ai answered without any image.');
  });

  it('asks for a source image before an edit is sent', async () => {
    const fake = stubFetch(() => Response.json({}));
    const edit = entry('gptimageapi:gpt-image-2:edit');
    const job: SentRequest = { jobId: 'j', entry: edit, settings: initialSettings(edit, 'Make it snow') };
    const error = (await runJob(job, { assetBase: ASSET_BASE }).catch((e: unknown) => e)) as ApiError;
    expect(fake).not.toHaveBeenCalled();
    expect(error.message).toBe('Add a source image first.');
  });

  it('sends a gptimageapi.dev edit to its route and prices it', async () => {
    const fake = stubFetch(() =>
      Response.json({ code: 0, data: { images: [{ url: 'https://cdn.example/x.png' }] } }),
    );
    const edit = entry('gptimageapi:gpt-image-2:edit');
    const job: SentRequest = {
      jobId: 'j2',
      entry: edit,
      settings: { ...initialSettings(edit, 'Make it snow'), quality: 'high', n: 1 },
      assets: { imageUrl: 'https://cdn.example/source.png' },
    };
    const result = await runJob(job, { assetBase: ASSET_BASE });
    const [path, init] = fake.mock.calls[0]!;
    expect(path).toBe('/api/gptimageapi/images/edit');
    expect(new Headers(init?.headers).get('Idempotency-Key')).toBe('j2');
    expect(JSON.parse(String(init?.body))).toMatchObject({
      image: 'https://cdn.example/source.png',
      size: '1:1',
    });
    expect(result.images[0]?.url).toBe('https://cdn.example/x.png');
    expect(result.credits?.job).toBe(16);
  });
});
