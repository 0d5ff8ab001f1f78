import type { HistoryDb, StoredJob } from './db.ts';
import { addSearchKeys } from './search-writes.ts';
import type { ImageRef, JobRecord } from './record.ts';
import { fromStored, toStored } from './stored-row.ts';

/**
 * The history as a backup moves it: choosing the jobs to export, putting imported jobs back
 * without duplicates, and freeing storage by dropping old full-size images.
 */

/** Which jobs a backup holds: created in [from, to) when given, only those with a starred image if asked. */
export type BackupScope = { starredOnly: boolean; from?: number; to?: number };

/** Jobs in scope, oldest first. Running jobs are left out: they have no results to keep yet. */
export async function jobsForBackup(db: HistoryDb, scope: BackupScope): Promise<JobRecord[]> {
  // Keys are [createdAt, id]; the one-element bounds sort before every key of that millisecond.
  const lower = scope.from !== undefined ? [scope.from] : undefined;
  const upper = scope.to !== undefined ? [scope.to] : undefined;
  const range =
    lower && upper
      ? IDBKeyRange.bound(lower, upper, false, true)
      : lower
        ? IDBKeyRange.lowerBound(lower)
        : upper
          ? IDBKeyRange.upperBound(upper, true)
          : null;
  const rows = await db.getAllFromIndex('jobs', 'byCreated', range);
  return rows
    .filter((row) => row.status !== 'running')
    .filter((row) => !scope.starredOnly || row.images.some((image) => image.starred))
    .map(fromStored);
}

/** A job as a backup brings it back, with the bytes it carried (by image id). */
export type RestoredJob = {
  record: JobRecord;
  images: ReadonlyMap<string, Blob>;
  thumbnails: ReadonlyMap<string, Blob>;
  source?: Blob;
};

type RestoreReport = { jobsAdded: number; jobsKept: number; imagesRestored: number };

/**
 * Adds the jobs the history lacks, with their images. A job it has already (same id) keeps
 * its record, stars included, and only gets back full-size images it had dropped or never
 * stored. A source image is stored once per content hash. Restoring the same jobs twice
 * changes nothing.
 */
export async function restoreJobs(db: HistoryDb, jobs: readonly RestoredJob[]): Promise<RestoreReport> {
  const report: RestoreReport = { jobsAdded: 0, jobsKept: 0, imagesRestored: 0 };
  const tx = db.transaction(['jobs', 'images', 'thumbnails', 'sources', 'searchKeys', 'meta'], 'readwrite');
  const added: StoredJob[] = [];
  const store = (name: 'images' | 'thumbnails' | 'sources') => tx.objectStore(name);
  const putMissing = async (
    name: 'images' | 'thumbnails' | 'sources',
    key: string,
    blob: Blob | undefined,
  ) => {
    if (!blob || (await store(name).getKey(key)) !== undefined) return false;
    await store(name).put(blob, key);
    return true;
  };

  for (const job of jobs) {
    if (job.record.source) await putMissing('sources', job.record.source.hash, job.source);
    const existing = await tx.objectStore('jobs').get(job.record.id);
    if (!existing) {
      for (const image of job.record.images) {
        await putMissing('images', image.id, job.images.get(image.id));
        await putMissing('thumbnails', image.id, job.thumbnails.get(image.id));
      }
      const row = toStored(job.record);
      await tx.objectStore('jobs').put(row);
      added.push(row);
      report.jobsAdded += 1;
      continue;
    }
    report.jobsKept += 1;
    const backupImages = new Map(job.record.images.map((image) => [image.id, image]));
    let changed = false;
    const images: ImageRef[] = [];
    for (const image of existing.images) {
      const full = job.images.get(image.id);
      if ((image.cached && !image.dropped) || !full || !(await putMissing('images', image.id, full))) {
        images.push(image);
        continue;
      }
      await putMissing('thumbnails', image.id, job.thumbnails.get(image.id));
      const { dropped: _dropped, ...kept } = image;
      const from = backupImages.get(image.id);
      images.push({
        ...kept,
        cached: true,
        width: image.width ?? from?.width,
        height: image.height ?? from?.height,
      });
      report.imagesRestored += 1;
      changed = true;
    }
    if (changed) await tx.objectStore('jobs').put(toStored({ ...fromStored(existing), images }));
  }
  await addSearchKeys(tx, added);
  await tx.done;
  return report;
}

type DropReport = { jobs: number; images: number; bytes: number };

/**
 * Deletes the full-size images of jobs created before `before` that have no starred image
 * and no winner, keeping their thumbnails and settings. Each dropped image is marked, so the
 * history loads it from its URL while that is valid and otherwise says it was dropped.
 */
export async function dropFullImages(db: HistoryDb, before: number): Promise<DropReport> {
  const report: DropReport = { jobs: 0, images: 0, bytes: 0 };
  const tx = db.transaction(['jobs', 'images'], 'readwrite');
  const range = IDBKeyRange.upperBound([before], true);
  for await (const cursor of tx.objectStore('jobs').index('byCreated').iterate(range)) {
    const row = cursor.value;
    if (row.images.some((image) => image.starred || image.winner)) continue;
    let dropped = 0;
    const images: ImageRef[] = [];
    for (const image of row.images) {
      const blob = image.cached && !image.dropped ? await tx.objectStore('images').get(image.id) : undefined;
      if (!blob) {
        images.push(image);
        continue;
      }
      await tx.objectStore('images').delete(image.id);
      report.bytes += blob.size;
      dropped += 1;
      images.push({ ...image, dropped: true });
    }
    if (dropped === 0) continue;
    await cursor.update(toStored({ ...fromStored(row), images }));
    report.jobs += 1;
    report.images += dropped;
  }
  await tx.done;
  return report;
}
