import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { getEntry } from '../../catalog/index.ts';
import { freshHistoryDb, resultImages, textThumb, urlAsBlob } from './fixtures.ts';
import { getImageBlob, getSourceBlob } from './images.ts';
import { fileJobFailure, fileJobResult, recordSentJob } from './recorder.ts';
import { getJob } from './repository.ts';

const inpaint = getEntry('onemin:gpt-image-2:inpaint');
if (!inpaint) throw new Error('catalog entry missing');
const settings = {
  prompt: 'Replace the sky',
  size: '1024x1024',
  quality: 'high' as const,
  n: 2,
  background: 'auto' as const,
  outputFormat: 'png' as const,
  outputCompression: 85,
};

describe('the live job flow', () => {
  it('records the job with its entry, source bytes and mask before it is sent', async () => {
    const db = await freshHistoryDb();
    const mask = [{ type: 'rect' as const, x: 0, y: 0, width: 10, height: 10, erase: false }];
    const source = {
      hash: 'h1',
      width: 1024,
      height: 1024,
      name: 'sky.png',
      fromImageId: 'old/0',
      blob: new Blob(['px']),
    };
    const record = await recordSentJob(db, {
      jobId: 'live-1',
      entry: inpaint,
      settings,
      source,
      mask,
      createdAt: 42,
    });
    expect(record).toMatchObject({
      id: 'live-1',
      createdAt: 42,
      status: 'running',
      entryId: 'onemin:gpt-image-2:inpaint',
      provider: 'onemin',
      model: 'gpt-image-2',
      mode: 'inpaint',
      source: { hash: 'h1', width: 1024, height: 1024, name: 'sky.png', fromImageId: 'old/0' },
      mask,
    });
    expect(record.source).not.toHaveProperty('blob');
    expect(await (await getSourceBlob(db, 'h1'))?.text()).toBe('px');
  });

  it('files the results with the duration and stores the images', async () => {
    const db = await freshHistoryDb();
    await recordSentJob(db, { jobId: 'live-2', entry: inpaint, settings });
    const report = await fileJobResult(
      db,
      'live-2',
      { provider: 'onemin', images: resultImages(2) },
      { fetchBlob: urlAsBlob, makeThumb: textThumb, durationMs: 12_345 },
    );
    expect(report.cached).toEqual(['live-2/0', 'live-2/1']);
    expect((await getJob(db, 'live-2'))?.durationMs).toBe(12_345);
    expect(await getImageBlob(db, 'live-2/1')).toBeDefined();
  });

  it('files a refusal as failed but keeps a job whose connection dropped open for collection', async () => {
    const db = await freshHistoryDb();
    await recordSentJob(db, { jobId: 'refused', entry: inpaint, settings });
    await recordSentJob(db, { jobId: 'dropped', entry: inpaint, settings });
    const refusal = new ApiError('key_refused', '1min.ai refused the API key. Check ONEMIN_API_KEY.', 401);
    expect(await fileJobFailure(db, 'refused', refusal)).toEqual({ open: false });
    expect((await getJob(db, 'refused'))?.error).toEqual({ code: 'key_refused', message: refusal.message });
    const dropped = new ApiError('network', "Could not reach the studio's server.", 0);
    expect(await fileJobFailure(db, 'dropped', dropped)).toEqual({ open: true });
    expect((await getJob(db, 'dropped'))?.status).toBe('running');
  });
});
