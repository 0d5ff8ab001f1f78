import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshHistoryDb, jobStart, resultImages, textThumb, urlAsBlob } from './fixtures.ts';
import {
  cacheResultImages,
  getImageBlob,
  getThumbnail,
  readResultImage,
  setStarred,
  setWinner,
} from './images.ts';
import { failJob, finishJob, getJob, recordJobStart } from './repository.ts';
import { dropFullImages, jobsForBackup, restoreJobs } from './transfer.ts';

/** Jobs a…e made at 1000, 2000, … with two cached images each; e is still running. */
async function seeded() {
  const db = await freshHistoryDb();
  for (const [i, id] of ['a', 'b', 'c', 'd', 'e'].entries()) {
    await recordJobStart(db, jobStart(id, { createdAt: 1_000 * (i + 1) }));
    if (id === 'e') continue;
    await finishJob(db, id, { images: resultImages(2, id), finishedAt: 9_000 });
    await cacheResultImages(db, id, urlAsBlob, textThumb);
  }
  return db;
}

describe('jobsForBackup', () => {
  it('takes every finished job, oldest first, never a running one', async () => {
    const db = await seeded();
    await recordJobStart(db, jobStart('f', { createdAt: 6_000 }));
    await failJob(db, 'f', { code: 'x', message: 'Failed.' }, 7_000);
    const ids = async (scope: Parameters<typeof jobsForBackup>[1]) =>
      (await jobsForBackup(db, scope)).map((job) => job.id);
    expect(await ids({ starredOnly: false })).toEqual(['a', 'b', 'c', 'd', 'f']);
    expect(await ids({ starredOnly: false, from: 2_000, to: 4_000 })).toEqual(['b', 'c']);
    expect(await ids({ starredOnly: false, from: 3_500 })).toEqual(['d', 'f']);
    expect(await ids({ starredOnly: false, to: 2_000 })).toEqual(['a']);
    await setStarred(db, 'c/1', true);
    expect(await ids({ starredOnly: true })).toEqual(['c']);
  });
});

describe('dropFullImages', () => {
  it('drops full images of old jobs without a star or winner, keeping thumbnails and records', async () => {
    const db = await seeded();
    await setStarred(db, 'a/0', true);
    await setWinner(db, 'b/1');
    const report = await dropFullImages(db, 4_000);
    // Only c qualifies: a is starred, b has a winner, d is too recent.
    expect(report).toEqual({ jobs: 1, images: 2, bytes: 2 * 'https://asset.1min.ai/images/c-0.png'.length });
    expect(await getImageBlob(db, 'c/0')).toBeUndefined();
    expect(await getThumbnail(db, 'c/0')).toBeDefined();
    expect((await getJob(db, 'c'))?.images.map((image) => [image.cached, image.dropped])).toEqual([
      [true, true],
      [true, true],
    ]);
    expect(await getImageBlob(db, 'a/1')).toBeDefined();
    expect(await getImageBlob(db, 'd/0')).toBeDefined();
    expect(await dropFullImages(db, 4_000)).toEqual({ jobs: 0, images: 0, bytes: 0 });
  });

  it('loads a dropped image from its URL while valid, and says it was dropped once the URL fails', async () => {
    const db = await seeded();
    await dropFullImages(db, 4_000);
    const [dropped] = (await getJob(db, 'c'))!.images;
    const [kept] = (await getJob(db, 'd'))!.images;
    const expired = async () => {
      throw new Error('The link has expired.');
    };
    expect(await (await readResultImage(db, dropped!, urlAsBlob)).text()).toBe(dropped!.url);
    await expect(readResultImage(db, dropped!, expired)).rejects.toThrow(
      'The full-size image was dropped to free storage',
    );
    expect(await (await readResultImage(db, kept!, expired)).text()).toBe(kept!.url);
  });
});

describe('restoreJobs', () => {
  it('adds missing jobs, keeps existing ones, and gives back only the images they dropped', async () => {
    const db = await seeded();
    const records = await jobsForBackup(db, { starredOnly: false });
    const backup = [];
    for (const record of records) {
      const images = new Map<string, Blob>();
      const thumbnails = new Map<string, Blob>();
      for (const image of record.images) {
        images.set(image.id, (await getImageBlob(db, image.id))!);
        thumbnails.set(image.id, (await getThumbnail(db, image.id))!);
      }
      backup.push({ record, images, thumbnails });
    }
    await dropFullImages(db, 2_000);
    await setStarred(db, 'b/0', true);

    const empty = await freshHistoryDb();
    expect(await restoreJobs(empty, backup)).toEqual({ jobsAdded: 4, jobsKept: 0, imagesRestored: 0 });
    expect(await getJob(empty, 'b')).toEqual(records[1]);

    expect(await restoreJobs(db, backup)).toEqual({ jobsAdded: 0, jobsKept: 4, imagesRestored: 2 });
    expect(await (await getImageBlob(db, 'a/0'))?.text()).toBe('https://asset.1min.ai/images/a-0.png');
    expect((await getJob(db, 'a'))?.images.every((image) => image.cached && !image.dropped)).toBe(true);
    // The history's own newer marks win over the backup's.
    expect((await getJob(db, 'b'))?.images[0]?.starred).toBe(true);
    expect(await restoreJobs(db, backup)).toEqual({ jobsAdded: 0, jobsKept: 4, imagesRestored: 0 });
  });
});
