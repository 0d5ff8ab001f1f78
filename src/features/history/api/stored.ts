import { historyDb } from '../db.ts';
import { getSourceBlob, setRejected, setStarred, setWinner } from '../images.ts';
import type { JobRecord } from '../record.ts';
import { getJobOfImage } from '../repository.ts';
import { fromStored } from '../stored-row.ts';

/** The history's reads and marks, bound to the page's database, for the images module. */

export async function findJobOfImage(imageId: string): Promise<JobRecord | undefined> {
  return getJobOfImage(await historyDb(), imageId);
}

/** The finished jobs sent with these exact source bytes, newest first: work that need not be paid again. */
export async function doneJobsWithSource(hash: string): Promise<JobRecord[]> {
  const rows = await (await historyDb()).getAllFromIndex('jobs', 'bySourceHash', hash);
  return rows
    .filter((row) => row.status === 'done')
    .map(fromStored)
    .sort((a, b) => b.createdAt - a.createdAt);
}

export async function storedSourceBlob(hash: string): Promise<Blob | undefined> {
  return getSourceBlob(await historyDb(), hash);
}

export async function storeStar(imageId: string, on: boolean): Promise<void> {
  await setStarred(await historyDb(), imageId, on);
}

export async function storeWinner(imageId: string, on: boolean): Promise<void> {
  await setWinner(await historyDb(), imageId, on);
}

export async function storeRejected(imageId: string, on: boolean): Promise<void> {
  await setRejected(await historyDb(), imageId, on);
}
