import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { recordedCharges } from './charges.ts';
import { freshHistoryDb, jobStart, resultImages } from './fixtures.ts';
import { failJob, finishJob, recordJobStart } from './repository.ts';

describe('recordedCharges', () => {
  it('gives the charges of finished jobs whose cost is known, newest first, up to a limit', async () => {
    const db = await freshHistoryDb();
    const jobs = [
      ['first', 1_000, undefined, '1024x1024'],
      ['a', 2_000, 6_291, '1024x1024'],
      ['b', 3_000, 25_215, '1536x2736'],
      ['failed', 4_000, 100, '1024x1024'],
      ['c', 5_000, 0, '1024x1024'],
      ['d', 6_000, 9_437, '1536x1024'],
    ] as const;
    for (const [id, createdAt, job, size] of jobs) {
      const start = jobStart(id, { createdAt });
      await recordJobStart(db, { ...start, settings: { ...start.settings, size } });
      if (id === 'failed') await failJob(db, id, { code: 'failed', message: 'No.' });
      else
        await finishJob(db, id, {
          images: resultImages(1, id),
          finishedAt: createdAt + 1,
          ...(job === undefined ? {} : { credits: { job } }),
        });
    }
    const charge = (size: string, credits: number) => ({
      provider: 'onemin',
      model: 'gpt-image-2',
      quality: 'medium',
      size,
      n: 1,
      credits,
    });
    expect(await recordedCharges(db)).toEqual([
      charge('1536x1024', 9_437),
      charge('1536x2736', 25_215),
      charge('1024x1024', 6_291),
    ]);
    expect(await recordedCharges(db, 2)).toHaveLength(2);
  });
});
