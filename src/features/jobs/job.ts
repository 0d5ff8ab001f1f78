import * as z from 'zod/mini';
import type { CatalogEntry, JobSettings } from '../../catalog/index.ts';
import type { MaskDocument } from '../mask/index.ts';
import type { SourceImage } from '../source/index.ts';

/** What the user asks for: the entry, its settings, and the source and mask it is sent with. */
export type JobRequest = {
  entry: CatalogEntry;
  settings: JobSettings;
  /** Only for entries that take a source. */
  source: SourceImage | null;
  /** Only for entries that take a mask: the document as it was at the click. */
  mask: MaskDocument | null;
  /** What sets this job apart from the others of its group ("High quality", "mug · marble"). */
  label?: string;
};

/** A job as the pipeline runs it: the id is its `Idempotency-Key`, made before anything leaves. */
export type Job = JobRequest & { jobId: string; groupId: string };

/** Where a running job is, for its progress line. */
export type JobPhase = 'preparing' | 'uploading' | 'generating';

export const GroupKind = z.enum(['single', 'sweep', 'batch']);
export type GroupKind = z.infer<typeof GroupKind>;

/** The jobs started by one click, in the order they were asked for: what the stage shows. */
export const JobGroup = z.object({
  groupId: z.string(),
  kind: GroupKind,
  jobIds: z.array(z.string()).check(z.minLength(1)),
  labels: z.optional(z.array(z.string())),
  createdAt: z.number(),
});
export type JobGroup = z.infer<typeof JobGroup>;
