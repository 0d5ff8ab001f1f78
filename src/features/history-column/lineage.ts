import {
  getJobOfImage,
  jobsMadeFrom,
  type HistoryDb,
  type ImageRef,
  type JobRecord,
} from '../history/index.lazy.ts';

export type LineageStep = { job: JobRecord; image: ImageRef };

/** A job sent with an image as its source, and what was made from each of its results. */
export type LineageEdit = { job: JobRecord; results: { image: ImageRef; edits: LineageEdit[] }[] };

export type Lineage = {
  /** From the oldest ancestor still in the history to the image itself. */
  chain: LineageStep[];
  /** Jobs that used the image as their source, oldest first, with their own edits. */
  edits: LineageEdit[];
};

/**
 * Where an image came from and what was made from it, following each job's
 * `source.fromImageId`. A deleted ancestor ends the chain there.
 */
export async function lineage(db: HistoryDb, imageId: string): Promise<Lineage | undefined> {
  const chain: LineageStep[] = [];
  const seen = new Set<string>();
  let nextId: string | undefined = imageId;
  while (nextId !== undefined && !seen.has(nextId)) {
    seen.add(nextId);
    const job = await getJobOfImage(db, nextId);
    const image = job?.images.find((candidate) => candidate.id === nextId);
    if (!job || !image) break;
    chain.push({ job, image });
    nextId = job.source?.fromImageId;
  }
  if (chain.length === 0) return undefined;
  chain.reverse();
  return { chain, edits: await editsOf(db, imageId, new Set(chain.map((step) => step.job.id))) };
}

/** `visited` holds job ids already placed, so a malformed cycle cannot loop forever. */
async function editsOf(db: HistoryDb, imageId: string, visited: Set<string>): Promise<LineageEdit[]> {
  const edits: LineageEdit[] = [];
  for (const job of await jobsMadeFrom(db, imageId)) {
    if (visited.has(job.id)) continue;
    visited.add(job.id);
    const results = [];
    for (const image of job.images) results.push({ image, edits: await editsOf(db, image.id, visited) });
    edits.push({ job, results });
  }
  return edits;
}
