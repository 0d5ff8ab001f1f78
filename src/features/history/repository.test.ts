import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  freshHistoryDb,
  jobStart,
  READ_PATHS,
  resultImages,
  setReadPath,
  textThumb,
  urlAsBlob,
} from './fixtures.ts';
import {
  cacheResultImages,
  getImageBlob,
  getSourceBlob,
  getThumbnail,
  saveSourceBlob,
  setRejected,
  setStarred,
  setWinner,
} from './images.ts';
import {
  deleteJob,
  failJob,
  finishJob,
  getJob,
  creditsSince,
  pastDurations,
  pendingJobs,
  recordJobStart,
} from './repository.ts';
import { listJobs } from './list-jobs.ts';

describe('recording jobs', () => {
  it('records a job as running with no images, then files its results', async () => {
    const db = await freshHistoryDb();
    const started = await recordJobStart(db, jobStart('job-1', { createdAt: 5_000 }));
    expect(started.status).toBe('running');
    expect(await pendingJobs(db)).toEqual([started]);

    const done = await finishJob(db, 'job-1', {
      images: resultImages(2),
      credits: { job: 8 },
      finishedAt: 9_000,
      durationMs: 4_000,
    });
    expect(done.status).toBe('done');
    expect(done.images.map((image) => [image.id, image.index, image.cached, image.starred])).toEqual([
      ['job-1/0', 0, false, false],
      ['job-1/1', 1, false, false],
    ]);
    expect(done.credits).toEqual({ job: 8 });
    expect(done.durationMs).toBe(4_000);
    expect(await getJob(db, 'job-1')).toEqual(done);
    expect(await pendingJobs(db)).toEqual([]);
  });

  it('refuses a job id recorded twice and a record that breaks the schema', async () => {
    const db = await freshHistoryDb();
    await recordJobStart(db, jobStart('job-1'));
    await expect(recordJobStart(db, jobStart('job-1'))).rejects.toThrow();
    await expect(recordJobStart(db, { ...jobStart('job-2'), mode: 'paint' as never })).rejects.toThrow();
    expect(await getJob(db, 'job-2')).toBeUndefined();
  });

  it('files failures and cancellations with their sentence, but never over results', async () => {
    const db = await freshHistoryDb();
    await recordJobStart(db, jobStart('a'));
    await recordJobStart(db, jobStart('b'));
    await recordJobStart(db, jobStart('c'));
    const failed = await failJob(db, 'a', {
      code: 'out_of_credits',
      message: 'Top up your 1min.ai credits.',
    });
    expect(failed).toMatchObject({
      status: 'failed',
      error: { code: 'out_of_credits', message: 'Top up your 1min.ai credits.' },
    });
    expect((await failJob(db, 'b', { code: 'cancelled', message: 'Cancelled.' })).status).toBe('cancelled');

    await finishJob(db, 'c', { images: resultImages(1), finishedAt: 2 });
    const late = await failJob(db, 'c', { code: 'network', message: 'Connection lost.' });
    expect(late.status).toBe('done');
    expect(late.images).toHaveLength(1);
    await expect(failJob(db, 'missing', { code: 'x', message: 'y' })).rejects.toThrow(/no job missing/);
  });

  it('keeps the images of a job filed twice (e.g. by two tabs)', async () => {
    const db = await freshHistoryDb();
    await recordJobStart(db, jobStart('job-1'));
    await finishJob(db, 'job-1', { images: resultImages(1), finishedAt: 2 });
    await cacheResultImages(db, 'job-1', urlAsBlob, textThumb);
    const again = await finishJob(db, 'job-1', { images: resultImages(3, 'other'), finishedAt: 3 });
    expect(again.images).toHaveLength(1);
    expect(again.images[0]?.cached).toBe(true);
  });
});

let restoreReadPath = () => {};
afterEach(() => restoreReadPath());

describe.each(READ_PATHS)('listing, reading by %s', (path) => {
  async function seed() {
    restoreReadPath = setReadPath(path);
    const db = await freshHistoryDb();
    const prompts = [
      'Red fox in snow',
      'Blue whale',
      'A red barn at noon',
      'Fox logo, flat',
      'Harbour lights',
    ];
    for (const [i, prompt] of prompts.entries()) {
      const entryId = i % 2 === 0 ? 'onemin:gpt-image-2:generate' : 'gptimageapi:gpt-image-2:edit';
      // Two jobs share a timestamp: the id must still order them and page them exactly once.
      await recordJobStart(
        db,
        jobStart(`job-${i}`, { prompt, entryId, createdAt: i === 4 ? 3_000 : 1_000 * i }),
      );
      await finishJob(db, `job-${i}`, { images: resultImages(2, `j${i}`), finishedAt: 10_000 });
    }
    return db;
  }

  it('answers newest first, in pages that meet without gaps or repeats', async () => {
    const db = await seed();
    const first = await listJobs(db, { limit: 2 });
    expect(first.jobs.map((job) => job.id)).toEqual(['job-4', 'job-3']);
    const second = await listJobs(db, { limit: 2, before: first.next });
    expect(second.jobs.map((job) => job.id)).toEqual(['job-2', 'job-1']);
    const third = await listJobs(db, { limit: 2, before: second.next });
    expect(third.jobs.map((job) => job.id)).toEqual(['job-0']);
    expect(third.next).toBeUndefined();
  });

  it('reads the thumbnails of a first page in the same call, only of stored images, up to the number asked', async () => {
    const db = await seed();
    await cacheResultImages(db, 'job-4', urlAsBlob, textThumb);
    await cacheResultImages(db, 'job-2', urlAsBlob, textThumb);
    const page = await listJobs(db, { limit: 3, thumbnails: 3 });
    expect(page.jobs.map((job) => job.id)).toEqual(['job-4', 'job-3', 'job-2']);
    // job-3's images are not stored, so the third thumbnail is job-2's first.
    expect([...(page.thumbnails?.keys() ?? [])]).toEqual(['job-4/0', 'job-4/1', 'job-2/0']);
    expect(await page.thumbnails?.get('job-4/1')?.text()).toBe('thumb:https://asset.1min.ai/images/j4-1.png');
    expect((await listJobs(db, { limit: 3 })).thumbnails).toBeUndefined();
  });

  it('searches the prompt by every word, in any case', async () => {
    const db = await seed();
    expect((await listJobs(db, { limit: 10, search: 'fox' })).jobs.map((job) => job.id)).toEqual([
      'job-3',
      'job-0',
    ]);
    expect((await listJobs(db, { limit: 10, search: 'RED  noon' })).jobs.map((job) => job.id)).toEqual([
      'job-2',
    ]);
    expect((await listJobs(db, { limit: 10, search: 'zebra' })).jobs).toEqual([]);
  });

  it('filters by mode, model and starred images, and pages the filtered list', async () => {
    const db = await seed();
    expect((await listJobs(db, { limit: 10, mode: 'edit' })).jobs.map((job) => job.id)).toEqual([
      'job-3',
      'job-1',
    ]);
    expect((await listJobs(db, { limit: 10, model: 'gpt-image-1-mini' })).jobs).toEqual([]);
    expect((await listJobs(db, { limit: 10, model: 'gpt-image-2' })).jobs).toHaveLength(5);

    await setStarred(db, 'job-2/1', true);
    await setStarred(db, 'job-0/0', true);
    const starred = await listJobs(db, { limit: 1, starredOnly: true });
    expect(starred.jobs.map((job) => job.id)).toEqual(['job-2']);
    const rest = await listJobs(db, { limit: 1, starredOnly: true, before: starred.next });
    expect(rest.jobs.map((job) => job.id)).toEqual(['job-0']);
    expect(rest.next).toBeUndefined();
  });
});

describe('images', () => {
  it('stores each result image and its thumbnail, with the size read from the image', async () => {
    const db = await freshHistoryDb();
    await recordJobStart(db, jobStart('job-1'));
    await finishJob(db, 'job-1', { images: resultImages(2), finishedAt: 2 });
    const report = await cacheResultImages(db, 'job-1', urlAsBlob, textThumb);
    expect(report).toEqual({ cached: ['job-1/0', 'job-1/1'], failed: [] });
    expect(await (await getImageBlob(db, 'job-1/1'))?.text()).toBe('https://asset.1min.ai/images/r-1.png');
    expect(await (await getThumbnail(db, 'job-1/0'))?.text()).toBe(
      'thumb:https://asset.1min.ai/images/r-0.png',
    );
    const job = await getJob(db, 'job-1');
    expect(job?.images.map((image) => [image.cached, image.width, image.height])).toEqual([
      [true, 1536, 1024],
      [true, 1536, 1024],
    ]);
  });

  it('keeps going when one image cannot be fetched, and fetches only that one next time', async () => {
    const db = await freshHistoryDb();
    await recordJobStart(db, jobStart('job-1'));
    await finishJob(db, 'job-1', { images: resultImages(3), finishedAt: 2 });
    const fetched: string[] = [];
    let broken = true;
    const flaky = async (url: string) => {
      fetched.push(url);
      if (broken && url.endsWith('r-1.png')) throw new Error('The link has expired.');
      return urlAsBlob(url);
    };
    const first = await cacheResultImages(db, 'job-1', flaky, textThumb);
    expect(first.cached).toEqual(['job-1/0', 'job-1/2']);
    expect(first.failed).toEqual([{ imageId: 'job-1/1', message: 'The link has expired.' }]);
    expect(await getImageBlob(db, 'job-1/1')).toBeUndefined();

    broken = false;
    fetched.length = 0;
    expect((await cacheResultImages(db, 'job-1', flaky, textThumb)).cached).toEqual(['job-1/1']);
    expect(fetched).toEqual(['https://asset.1min.ai/images/r-1.png']);
  });

  it('stars images and keeps one winner per job', async () => {
    const db = await freshHistoryDb();
    await recordJobStart(db, jobStart('job-1'));
    await finishJob(db, 'job-1', { images: resultImages(3), finishedAt: 2 });
    await setStarred(db, 'job-1/2', true);
    await setWinner(db, 'job-1/0');
    const job = await setWinner(db, 'job-1/1');
    expect(job.images.map((image) => [image.starred, image.winner])).toEqual([
      [false, false],
      [false, true],
      [true, false],
    ]);
    const cleared = await setWinner(db, 'job-1/1', false);
    expect(cleared.images.some((image) => image.winner)).toBe(false);
    expect((await setStarred(db, 'job-1/2', false)).images[2]?.starred).toBe(false);
    await expect(setStarred(db, 'nope/0', true)).rejects.toThrow(/no image nope\/0/);
  });

  it('keeps a rejection like a star, on that image only, until it is taken back', async () => {
    const db = await freshHistoryDb();
    await recordJobStart(db, jobStart('job-1'));
    await finishJob(db, 'job-1', { images: resultImages(2), finishedAt: 2 });
    await setRejected(db, 'job-1/1', true);
    const job = await getJob(db, 'job-1');
    expect(job?.images.map((image) => image.rejected)).toEqual([undefined, true]);
    expect((await setRejected(db, 'job-1/1', false)).images[1]?.rejected).toBe(false);
  });
});

describe('deleting', () => {
  it('removes the job, its images and thumbnails, and its source unless another job shares it', async () => {
    const db = await freshHistoryDb();
    const source = { hash: 'abc', width: 800, height: 600, name: 'cat.png' };
    await saveSourceBlob(db, 'abc', new Blob(['cat'], { type: 'image/png' }));
    for (const id of ['a', 'b']) {
      await recordJobStart(db, jobStart(id, { entryId: 'onemin:gpt-image-2:edit', source }));
      await finishJob(db, id, { images: resultImages(1, id), finishedAt: 2 });
      await cacheResultImages(db, id, urlAsBlob, textThumb);
    }

    expect(await deleteJob(db, 'a')).toBe(true);
    expect(await getJob(db, 'a')).toBeUndefined();
    expect(await getImageBlob(db, 'a/0')).toBeUndefined();
    expect(await getThumbnail(db, 'a/0')).toBeUndefined();
    expect(await (await getSourceBlob(db, 'abc'))?.text()).toBe('cat');
    expect(await getImageBlob(db, 'b/0')).toBeDefined();

    expect(await deleteJob(db, 'b')).toBe(true);
    expect(await getSourceBlob(db, 'abc')).toBeUndefined();
    // The search keys go with the jobs.
    expect(await db.getAllKeys('searchKeys')).toEqual([]);
    expect(await deleteJob(db, 'b')).toBe(false);
  });

  it('stores a source once per hash', async () => {
    const db = await freshHistoryDb();
    await saveSourceBlob(db, 'h', new Blob(['first']));
    await saveSourceBlob(db, 'h', new Blob(['second']));
    expect(await (await getSourceBlob(db, 'h'))?.text()).toBe('first');
  });

  it('does not file images of a job deleted while they downloaded', async () => {
    const db = await freshHistoryDb();
    await recordJobStart(db, jobStart('job-1'));
    await finishJob(db, 'job-1', { images: resultImages(1), finishedAt: 2 });
    const slowFetch = async (url: string) => {
      await deleteJob(db, 'job-1');
      return urlAsBlob(url);
    };
    const report = await cacheResultImages(db, 'job-1', slowFetch, textThumb);
    expect(report.cached).toEqual([]);
    expect(await getImageBlob(db, 'job-1/0')).toBeUndefined();
  });
});

describe.each(READ_PATHS)('past durations, reading by %s', (path) => {
  it('answers the latest durations of finished jobs like this one, newest first, within the rows it may scan', async () => {
    restoreReadPath = setReadPath(path);
    const db = await freshHistoryDb();
    const like = { entryId: 'onemin:gpt-image-2:generate', quality: 'medium', size: '1024x1024' };
    const edit = { ...like, entryId: 'gptimageapi:gpt-image-2:edit' };
    for (let i = 0; i < 40; i++) {
      const other = i % 7 === 3 ? { entryId: edit.entryId } : {};
      await recordJobStart(db, jobStart(`job-${i}`, { createdAt: 1_000 * i, ...other }));
      // Every fifth job is still running, so it has no duration.
      if (i % 5 !== 4) {
        await finishJob(db, `job-${i}`, { images: [], finishedAt: 1_000 * i + 1, durationMs: i });
      }
    }
    expect(await pastDurations(db, like)).toEqual([37, 36, 35, 33, 32, 30, 28, 27, 26, 25]);
    expect(await pastDurations(db, like, 3)).toEqual([37, 36, 35]);
    // Only the 4 (then 7) newest rows are looked at.
    expect(await pastDurations(db, like, 10, 4)).toEqual([37, 36]);
    expect(await pastDurations(db, like, 10, 7)).toEqual([37, 36, 35, 33]);
    // Rare matches: read on, batch after batch, to the oldest row.
    expect(await pastDurations(db, edit, 2)).toEqual([38, 31]);
    expect(await pastDurations(db, edit)).toEqual([38, 31, 17, 10, 3]);
    expect(await pastDurations(db, { ...like, size: '1536x1024' })).toEqual([]);
  });
});

describe('credits', () => {
  it('sums the known cost of the jobs created since a moment', async () => {
    const db = await freshHistoryDb();
    for (const [id, createdAt, job] of [
      ['old', 1_000, 8],
      ['a', 5_000, 16],
      ['b', 6_000, undefined],
      ['c', 7_000, 4],
    ] as const) {
      await recordJobStart(db, jobStart(id, { createdAt }));
      await finishJob(db, id, {
        images: resultImages(1, id),
        finishedAt: createdAt + 1,
        ...(job === undefined ? {} : { credits: { job } }),
      });
    }
    expect(await creditsSince(db, 5_000)).toBe(20);
    expect(await creditsSince(db, 0)).toBe(28);
    expect(await creditsSince(db, 8_000)).toBe(0);
  });
});
