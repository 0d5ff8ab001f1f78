import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GPTIMAGEAPI_SEED_ANSWER } from '../../wire/gptimageapi/fixtures.ts';
import { ONEMIN_SEED_EXAMPLES } from '../../wire/onemin/fixtures.ts';
import { stripAccountDetails } from '../../wire/onemin/answer.ts';
import type { HistoryDb } from '../history/db.ts';
import { freshHistoryDb, jobStart, textThumb, urlAsBlob } from '../history/fixtures.ts';
import { getImageBlob } from '../history/images.ts';
import { LOST_JOB_MESSAGE, recoverPendingJobs, type RecoveryDeps } from './recover.ts';
import { getJob, pendingJobs, recordJobStart } from '../history/repository.ts';

type Reply = { status: number; body: unknown } | 'network-down';

/** A fake proxy: each job id answers its replies in order, repeating the last one. */
function fakeProxy(replies: Record<string, Reply[]>) {
  const asked: string[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const path = String(input);
    asked.push(path);
    const id = decodeURIComponent(path.replace('/api/jobs/', ''));
    const queue = replies[id] ?? [];
    const reply = queue.length > 1 ? queue.shift() : queue[0];
    if (!reply || reply === 'network-down') throw new TypeError('fetch failed');
    return new Response(JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetch);
  return asked;
}

const running = (id: string): Reply => ({ status: 200, body: { id, provider: 'onemin', state: 'running' } });
const onemindone = (id: string): Reply => ({
  status: 200,
  body: {
    id,
    provider: 'onemin',
    state: 'done',
    answer: stripAccountDetails(ONEMIN_SEED_EXAMPLES.generator.answer, 9_437),
  },
});

function deps(db: HistoryDb, waits: number[] = []): RecoveryDeps {
  return {
    db,
    assetBase: async () => 'https://asset.1min.ai',
    fetchBlob: urlAsBlob,
    makeThumb: textThumb,
    backoff: { firstMs: 1_000, maxMs: 3_000, polls: 4 },
    wait: async (ms) => {
      waits.push(ms);
    },
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('recovering jobs left running by an earlier page', () => {
  it('files a 1min.ai job the proxy finished, with its images stored', async () => {
    const db = await freshHistoryDb();
    await recordJobStart(db, jobStart('job-1'));
    const asked = fakeProxy({ 'job-1': [onemindone('job-1')] });
    const filed: string[] = [];

    expect(await recoverPendingJobs({ ...deps(db), onFiled: (id) => filed.push(id) })).toEqual([
      { id: 'job-1', outcome: 'done' },
    ]);
    expect(asked).toEqual(['/api/jobs/job-1']);
    const job = await getJob(db, 'job-1');
    expect(job?.status).toBe('done');
    // What the server charged the job; the account's own figures never reach the browser.
    expect(job?.credits).toEqual({ job: 9_437 });
    expect(job?.images).toHaveLength(1);
    expect(job?.images[0]).toMatchObject({
      assetPath: 'development/images/2025_01_15_10_30_15_001_japanese_garden.png',
      cached: true,
    });
    expect(job?.images[0]?.url).toMatch(
      /^https:\/\/s3\.us-east-1\.amazonaws\.com\/asset\.1min\.ai\/.*X-Amz-Signature/,
    );
    expect(await (await getImageBlob(db, 'job-1/0'))?.text()).toBe(job?.images[0]?.url);
    expect(filed).toEqual(['job-1', 'job-1']);
    expect(await pendingJobs(db)).toEqual([]);
  });

  it('files a gptimageapi.dev job with the credits its catalog entry prices', async () => {
    const db = await freshHistoryDb();
    await recordJobStart(db, jobStart('g-1', { entryId: 'gptimageapi:gpt-image-2:edit' }));
    fakeProxy({
      'g-1': [
        {
          status: 200,
          body: { id: 'g-1', provider: 'gptimageapi', state: 'done', answer: GPTIMAGEAPI_SEED_ANSWER },
        },
      ],
    });
    await recoverPendingJobs(deps(db));
    const job = await getJob(db, 'g-1');
    expect(job?.images.map((image) => image.url)).toEqual([
      'https://cdn.gptimageapi.dev/edits/1234567890.png',
    ]);
    expect(job?.credits).toEqual({ job: 8 });
  });

  it('files failures with the proxy’s sentence, and cancellations as cancelled', async () => {
    const db = await freshHistoryDb();
    await recordJobStart(db, jobStart('f'));
    await recordJobStart(db, jobStart('c'));
    const error = (code: string, message: string, status: number) => ({
      status: 200,
      body: { id: 'x', provider: 'onemin', state: 'failed', error: { code, message, status } },
    });
    fakeProxy({
      f: [
        error(
          'out_of_credits',
          'Your 1min.ai account is out of credits. Top it up, then run the job again.',
          402,
        ),
      ],
      c: [error('cancelled', 'Cancelled.', 499)],
    });
    const outcomes = await recoverPendingJobs(deps(db));
    expect(outcomes).toEqual(
      expect.arrayContaining([
        { id: 'f', outcome: 'failed' },
        { id: 'c', outcome: 'cancelled' },
      ]),
    );
    expect((await getJob(db, 'f'))?.error).toEqual({
      code: 'out_of_credits',
      message: 'Your 1min.ai account is out of credits. Top it up, then run the job again.',
    });
    expect((await getJob(db, 'c'))?.status).toBe('cancelled');
  });

  it('fails a job the proxy no longer knows (404), saying the outcome could not be collected', async () => {
    const db = await freshHistoryDb();
    await recordJobStart(db, jobStart('gone'));
    fakeProxy({
      gone: [{ status: 404, body: { error: { code: 'not_found', message: 'No such job.', status: 404 } } }],
    });
    expect(await recoverPendingJobs(deps(db))).toEqual([{ id: 'gone', outcome: 'lost' }]);
    expect(await getJob(db, 'gone')).toMatchObject({
      status: 'failed',
      error: { code: 'not_collected', message: LOST_JOB_MESSAGE },
    });
  });

  it('polls a job still running with growing, capped waits until it is done', async () => {
    const db = await freshHistoryDb();
    await recordJobStart(db, jobStart('slow'));
    const asked = fakeProxy({
      slow: [running('slow'), running('slow'), running('slow'), onemindone('slow')],
    });
    const waits: number[] = [];
    expect(await recoverPendingJobs(deps(db, waits))).toEqual([{ id: 'slow', outcome: 'done' }]);
    expect(asked).toHaveLength(4);
    expect(waits).toEqual([1_000, 2_000, 3_000]);
    expect((await getJob(db, 'slow'))?.status).toBe('done');
  });

  it('gives up polling after the bounded number of polls and leaves the job for the next load', async () => {
    const db = await freshHistoryDb();
    await recordJobStart(db, jobStart('stuck'));
    await recordJobStart(db, jobStart('offline'));
    const asked = fakeProxy({ stuck: [running('stuck')], offline: ['network-down'] });
    const waits: number[] = [];
    const outcomes = await recoverPendingJobs(deps(db, waits));
    expect(outcomes).toEqual(
      expect.arrayContaining([
        { id: 'stuck', outcome: 'running' },
        { id: 'offline', outcome: 'unreachable' },
      ]),
    );
    expect(asked.filter((path) => path.endsWith('stuck'))).toHaveLength(4);
    expect(waits.filter((ms) => ms === 3_000)).toHaveLength(2);
    expect((await pendingJobs(db)).map((job) => job.id).sort()).toEqual(['offline', 'stuck']);
  });

  it('fails a job whose stored answer cannot be read, with the parser’s sentence', async () => {
    const db = await freshHistoryDb();
    await recordJobStart(db, jobStart('odd', { entryId: 'gptimageapi:gpt-image-2:edit' }));
    fakeProxy({
      odd: [
        {
          status: 200,
          body: {
            id: 'odd',
            provider: 'gptimageapi',
            state: 'done',
            answer: { code: 7, message: 'Prompt refused' },
          },
        },
      ],
    });
    expect(await recoverPendingJobs(deps(db))).toEqual([{ id: 'odd', outcome: 'failed' }]);
    expect((await getJob(db, 'odd'))?.error).toEqual({
      code: 'bad_upstream_answer',
      message: 'gptimageapi.dev: Prompt refused',
    });
  });
});
