import { rasterizeMask } from '../mask/rasterize.ts';
import { preserveOutsideMask } from '../compare/compose-result.ts';
import { historyDb } from '../history/db.ts';
import { loadJobSource, loadResultImage } from '../history/api/use-history-actions.ts';
import { getJobOfImage } from '../history/repository.ts';
import type { ImageRef, JobRecord } from '../history/record.ts';

/** A result on the board: its job, its place in the job, and its bytes (stored or fetched). */
export type BoardImage = { job: JobRecord; image: ImageRef; blob: Blob };

/** What a job changed: its source, and for inpaint its mask at the source's size. */
export type BoardSource = { source: Blob; width: number; height: number; coverage?: Uint8ClampedArray };

export async function loadBoardImage(imageId: string): Promise<BoardImage> {
  const job = await getJobOfImage(await historyDb(), imageId);
  const image = job?.images.find((candidate) => candidate.id === imageId);
  if (!job || !image) throw new Error('That image is no longer in the history.');
  return { job, image, blob: await loadResultImage(image) };
}

/** The source (and an inpaint job's mask) a result was made from, if the history still holds it. */
export async function loadJobContext(job: JobRecord): Promise<BoardSource | undefined> {
  if (!job.source) return undefined;
  const source = await loadJobSource(job);
  if (!source) return undefined;
  const { width, height } = job.source;
  const coverage = job.mode === 'inpaint' && job.mask ? rasterizeMask(job.mask, width, height) : undefined;
  return { source, width, height, ...(coverage ? { coverage } : {}) };
}

/**
 * The bytes a designer takes away (download, next source): the result as made, or with
 * "preserve outside mask" on, the result composited over the source through the mask.
 */
export async function deliverableBlob(
  board: BoardImage,
  preserve: { on: boolean; featherRadius: number },
): Promise<{ blob: Blob; composited: boolean }> {
  if (!preserve.on) return { blob: board.blob, composited: false };
  const inpaint = await loadJobContext(board.job);
  if (!inpaint?.coverage) return { blob: board.blob, composited: false };
  const blob = await preserveOutsideMask({
    source: inpaint.source,
    result: board.blob,
    maskCoverage: inpaint.coverage,
    featherRadius: preserve.featherRadius,
  });
  return { blob, composited: true };
}
