import * as z from 'zod/mini';
import { JobSettings, Mode, OutputFormat, ProviderId } from '../../catalog/schema.ts';
import { ResultCredits, type ResultImage } from '../../wire/result.ts';
// The mask document is the mask editor's data; the history only keeps a copy of it.
import { MaskDocument } from '../mask/index.lazy.ts';
import { imageIdFor } from './image-id.ts';

export const JobStatus = z.enum(['running', 'done', 'failed', 'cancelled']);
export type JobStatus = z.infer<typeof JobStatus>;

/** The source image a job was sent with; its bytes are stored once per hash. */
export const SourceRef = z.object({
  /** SHA-256 of the bytes, as the source loader computes it. */
  hash: z.string().check(z.minLength(1)),
  width: z.int().check(z.positive()),
  height: z.int().check(z.positive()),
  name: z.string(),
  assetPath: z.optional(z.string()),
  /** The history image this source was taken from: the link lineage follows. */
  fromImageId: z.optional(z.string()),
  /** The document the source was the flattened image of: the job belongs to it. */
  documentId: z.optional(z.string()),
});
export type SourceRef = z.infer<typeof SourceRef>;

/** One result image of a job. */
export const ImageRef = z.object({
  id: z.string().check(z.minLength(1)),
  index: z.int().check(z.nonnegative()),
  /** Where the provider served it; signed URLs expire, so the cached blob is what lasts. */
  url: z.string(),
  assetPath: z.optional(z.string()),
  width: z.optional(z.int().check(z.positive())),
  height: z.optional(z.int().check(z.positive())),
  format: OutputFormat,
  /** Whether the image and its thumbnail are stored in the history. */
  cached: z.boolean(),
  /**
   * The full-size bytes were dropped to free storage; the thumbnail and settings stay, and the
   * image loads from its URL while that is still valid.
   */
  dropped: z.optional(z.boolean()),
  starred: z.boolean(),
  /** The variation the user picked as the best of its job (at most one per job). */
  winner: z.boolean(),
  /** Put aside in triage: hidden until "show rejected" (absent in records made before triage). */
  rejected: z.optional(z.boolean()),
});
export type ImageRef = z.infer<typeof ImageRef>;

export const JobError = z.object({ code: z.string(), message: z.string() });
export type JobError = z.infer<typeof JobError>;

/** The credit figures of a job, as the wire parsers report them. */
export const JobCredits = ResultCredits;
export type JobCredits = z.infer<typeof JobCredits>;

/** Everything the studio knows about one job, from the moment before it is sent. */
export const JobRecord = z.object({
  /** The job id, sent as the `Idempotency-Key`. */
  id: z.string().check(z.minLength(1)),
  /** Milliseconds since the epoch. */
  createdAt: z.number(),
  finishedAt: z.optional(z.number()),
  status: JobStatus,
  /** The catalog entry (src/catalog/entries.ts) the job was sent with. */
  entryId: z.string(),
  provider: ProviderId,
  model: z.string(),
  mode: Mode,
  settings: JobSettings,
  source: z.optional(SourceRef),
  mask: z.optional(MaskDocument),
  images: z.array(ImageRef),
  credits: z.optional(JobCredits),
  durationMs: z.optional(z.number().check(z.nonnegative())),
  error: z.optional(JobError),
});
export type JobRecord = z.infer<typeof JobRecord>;

/** A job's result images as history entries, not yet cached. */
export function imageRefsFromResult(jobId: string, images: readonly ResultImage[]): ImageRef[] {
  return images.map((image, index) => ({
    id: imageIdFor(jobId, index),
    index,
    url: image.url,
    ...(image.assetPath !== undefined ? { assetPath: image.assetPath } : {}),
    ...(image.width !== undefined ? { width: image.width } : {}),
    ...(image.height !== undefined ? { height: image.height } : {}),
    format: image.format,
    cached: false,
    starred: false,
    winner: false,
  }));
}
