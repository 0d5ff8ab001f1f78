import 'fake-indexeddb/auto';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { freshHistoryDb, jobStart, resultImages, textThumb } from '../history/fixtures.ts';
import { cacheResultImages, saveSourceBlob, setStarred } from '../history/images.ts';
import { listJobs } from '../history/list-jobs.ts';
import { finishJob, recordJobStart } from '../history/repository.ts';
import {
  dropFullImages,
  getImageBlob,
  getSourceBlob,
  getThumbnail,
  type HistoryDb,
} from '../history/index.lazy.ts';
import { backupFileName, exportBackup } from './export-backup.ts';
import { importBackup, readBackup } from './import-backup.ts';

/** Image bytes that differ per URL and cover every byte value, as real PNGs do. */
const imageBytes = async (url: string) => {
  const bytes = new Uint8Array(4096);
  for (let i = 0; i < bytes.length; i++)
    bytes[i] = (i * 31 + url.length * 7 + url.charCodeAt(i % url.length)) % 256;
  return new Blob([bytes], { type: 'image/png' });
};

/** Three jobs with two cached images each (six images), one of them edited from a source. */
async function threeJobs(): Promise<HistoryDb> {
  const db = await freshHistoryDb();
  const source = { hash: 'a'.repeat(64), width: 640, height: 480, name: 'chair.png' };
  await saveSourceBlob(db, source.hash, new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }));
  for (const [i, id] of ['j1', 'j2', 'j3'].entries()) {
    const edit = id === 'j2' ? { entryId: 'onemin:gpt-image-2:edit', source } : {};
    await recordJobStart(db, jobStart(id, { createdAt: 1_000 * (i + 1), ...edit }));
    await finishJob(db, id, { images: resultImages(2, id), finishedAt: 10_000, credits: { job: 8 } });
    await cacheResultImages(db, id, imageBytes, textThumb);
  }
  await setStarred(db, 'j2/1', true);
  return db;
}

const allJobs = async (db: HistoryDb) => (await listJobs(db, { limit: 100 })).jobs;
const bytesOf = async (blob: Blob | undefined) =>
  blob ? new Uint8Array(await blob.arrayBuffer()) : undefined;

describe('history backup', () => {
  it('round-trips 3 jobs and 6 images into an empty history, byte for byte; a second import adds nothing', async () => {
    const db = await threeJobs();
    const exported = await exportBackup(db, { starredOnly: false }, Date.UTC(2026, 10, 27, 12));
    expect([exported.jobs, exported.images]).toEqual([3, 6]);
    expect(exported.zip.type).toBe('application/zip');

    const other = await freshHistoryDb();
    expect(await importBackup(other, exported.zip)).toEqual({
      jobsAdded: 3,
      jobsKept: 0,
      imagesRestored: 0,
      packsRestored: 0,
    });
    expect(await allJobs(other)).toEqual(await allJobs(db));
    for (const job of await allJobs(db)) {
      for (const image of job.images) {
        const [original, copy] = [await getImageBlob(db, image.id), await getImageBlob(other, image.id)];
        expect(await bytesOf(copy)).toEqual(await bytesOf(original));
        expect(copy?.type).toBe('image/png');
        expect(await bytesOf(await getThumbnail(other, image.id))).toEqual(
          await bytesOf(await getThumbnail(db, image.id)),
        );
      }
    }
    expect(await bytesOf(await getSourceBlob(other, 'a'.repeat(64)))).toEqual(new Uint8Array([1, 2, 3]));

    expect(await importBackup(other, exported.zip)).toEqual({
      jobsAdded: 0,
      jobsKept: 3,
      imagesRestored: 0,
      packsRestored: 0,
    });
    expect(await allJobs(other)).toEqual(await allJobs(db));
  });

  it('keeps each distinct blob once in the zip, under its SHA-256', async () => {
    const { zip } = await exportBackup(await threeJobs(), { starredOnly: false }, 0);
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    const names = Object.keys(files);
    // 6 images + 6 thumbnails + 1 source + the manifest.
    expect(names).toHaveLength(14);
    expect(names.filter((name) => /^blobs\/[0-9a-f]{64}$/.test(name))).toHaveLength(13);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(manifest).toMatchObject({ format: 'image-studio-history-backup', version: 1, exportedAt: 0 });
  });

  it('exports only starred jobs or a date range when asked, and refuses an empty selection', async () => {
    const db = await threeJobs();
    const starred = await readBackup((await exportBackup(db, { starredOnly: true }, 0)).zip);
    expect(starred.jobs.map((job) => job.record.id)).toEqual(['j2']);
    const range = await readBackup(
      (await exportBackup(db, { starredOnly: false, from: 2_000, to: 4_000 }, 0)).zip,
    );
    expect(range.jobs.map((job) => job.record.id)).toEqual(['j2', 'j3']);
    await expect(exportBackup(db, { starredOnly: false, from: 50_000 }, 0)).rejects.toThrow(
      'No job in the history matches, so there is nothing to export.',
    );
  });

  it('gives back dropped full-size images to the history it came from', async () => {
    const db = await threeJobs();
    const { zip } = await exportBackup(db, { starredOnly: false }, 0);
    expect(await dropFullImages(db, 2_500)).toMatchObject({ jobs: 1, images: 2 });
    expect(await importBackup(db, zip)).toEqual({
      jobsAdded: 0,
      jobsKept: 3,
      imagesRestored: 2,
      packsRestored: 0,
    });
    expect(await getImageBlob(db, 'j1/0')).toBeDefined();
  });

  it('refuses a bad file whole, saying why', async () => {
    const db = await freshHistoryDb();
    const refuse = (file: Blob, message: string | RegExp) =>
      expect(importBackup(db, file)).rejects.toThrow(message);
    await refuse(new Blob(['not a zip']), 'This file is not a zip, or it is damaged. Nothing was imported.');
    await refuse(new Blob([zipSync({ 'notes.txt': new Uint8Array([1]) })]), /has no manifest\.json/);
    await refuse(
      new Blob([zipSync({ 'manifest.json': new TextEncoder().encode('{"format":"x"}') })]),
      /manifest\.json cannot be read \(format: .*\)\. Nothing was imported\./,
    );

    const { zip } = await exportBackup(await threeJobs(), { starredOnly: false }, 0);
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    const [firstBlob] = Object.keys(files).filter((name) => name.startsWith('blobs/'));
    await refuse(
      new Blob([zipSync({ ...files, [firstBlob!]: new Uint8Array([9, 9, 9]) })]),
      /is damaged \(its content does not match its hash\)/,
    );
    const { [firstBlob!]: _gone, ...rest } = files;
    await refuse(new Blob([zipSync(rest)]), `The backup lacks ${firstBlob}. Nothing was imported.`);
    expect(await allJobs(db)).toEqual([]);
  });

  it('carries the saved packs, and gives them back to be restored', async () => {
    const pack = {
      id: 'p1',
      name: 'Social',
      targets: [{ id: 't1', name: 'Square', width: 1080, height: 1080 }],
      createdAt: 1,
      updatedAt: 2,
    };
    const exported = await exportBackup(await threeJobs(), { starredOnly: false }, 0, [pack]);
    expect(exported.packs).toBe(1);
    expect((await readBackup(exported.zip)).packs).toEqual([pack]);
    const restored: unknown[] = [];
    const report = await importBackup(await freshHistoryDb(), exported.zip, async (packs) => {
      restored.push(...packs);
      return packs.length;
    });
    expect(report).toMatchObject({ jobsAdded: 3, packsRestored: 1 });
    expect(restored).toEqual([pack]);
    // Packs alone are worth a backup; a backup without packs reads as none.
    const onlyPacks = await exportBackup(await freshHistoryDb(), { starredOnly: false }, 0, [pack]);
    expect(await readBackup(onlyPacks.zip)).toEqual({ jobs: [], packs: [pack] });
    expect(
      (await readBackup((await exportBackup(await threeJobs(), { starredOnly: false }, 0)).zip)).packs,
    ).toEqual([]);
  });

  it('names the file by its UTC date', () => {
    expect(backupFileName(Date.UTC(2026, 10, 27, 23, 59))).toBe('image-studio-history_2026-11-27.zip');
  });
});
