import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { HistoryDb } from '../history/index.lazy.ts';
import { freshHistoryDb, jobStart, resultImages } from '../history/fixtures.ts';
import { deleteJob, finishJob, recordJobStart } from '../history/repository.ts';
import { lineage } from './lineage.ts';

async function job(db: HistoryDb, id: string, createdAt: number, images: number, fromImageId?: string) {
  const source = fromImageId
    ? { hash: `h-${id}`, width: 1024, height: 1024, name: 'result.png', fromImageId }
    : undefined;
  await recordJobStart(
    db,
    jobStart(id, { createdAt, entryId: 'onemin:gpt-image-2:edit', ...(source ? { source } : {}) }),
  );
  if (images > 0) await finishJob(db, id, { images: resultImages(images, id), finishedAt: createdAt + 1 });
}

/** gen → (gen/1) → edit1 → (edit1/0) → edit2; gen/1 → edit3 (failed); edit1/0 → edit4 */
async function family() {
  const db = await freshHistoryDb();
  await job(db, 'gen', 1, 2);
  await job(db, 'edit1', 2, 1, 'gen/1');
  await job(db, 'edit3', 3, 0, 'gen/1');
  await job(db, 'edit2', 4, 2, 'edit1/0');
  await job(db, 'edit4', 5, 1, 'edit1/0');
  await job(db, 'other', 6, 1, 'gen/0');
  return db;
}

describe('lineage', () => {
  it('walks from the oldest ancestor to the image, and lists the edits made from it', async () => {
    const db = await family();
    const found = await lineage(db, 'edit1/0');
    expect(found?.chain.map((step) => step.image.id)).toEqual(['gen/1', 'edit1/0']);
    expect(found?.edits.map((edit) => [edit.job.id, edit.results.map((r) => r.image.id)])).toEqual([
      ['edit2', ['edit2/0', 'edit2/1']],
      ['edit4', ['edit4/0']],
    ]);
  });

  it('nests edits of edits, oldest first, including jobs that made no image', async () => {
    const db = await family();
    const found = await lineage(db, 'gen/1');
    expect(found?.chain.map((step) => step.job.id)).toEqual(['gen']);
    expect(found?.edits.map((edit) => edit.job.id)).toEqual(['edit1', 'edit3']);
    const grandchildren = found?.edits[0]?.results[0]?.edits.map((edit) => edit.job.id);
    expect(grandchildren).toEqual(['edit2', 'edit4']);
    expect(found?.edits[1]?.results).toEqual([]);
  });

  it('ends the chain at a deleted ancestor and answers nothing for an unknown image', async () => {
    const db = await family();
    await deleteJob(db, 'gen');
    expect((await lineage(db, 'edit2/1'))?.chain.map((step) => step.image.id)).toEqual([
      'edit1/0',
      'edit2/1',
    ]);
    expect(await lineage(db, 'gen/1')).toBeUndefined();
  });

  it('stops on a cycle instead of looping', async () => {
    const db = await freshHistoryDb();
    await job(db, 'a', 1, 1, 'b/0');
    await job(db, 'b', 2, 1, 'a/0');
    const found = await lineage(db, 'a/0');
    expect(found?.chain.map((step) => step.image.id)).toEqual(['b/0', 'a/0']);
    expect(found?.edits).toEqual([]);
  });
});
