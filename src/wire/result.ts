import { z } from 'zod';
import { OutputFormat, ProviderId } from '../catalog/schema.ts';

/** One image a job produced, wherever it came from. */
export const ResultImage = z.object({
  url: z.string(),
  /** 1min.ai asset path: lets the image become the next source without re-uploading. */
  assetPath: z.string().optional(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  format: OutputFormat,
});
export type ResultImage = z.infer<typeof ResultImage>;

/** The studio's own view of a finished job, the same for every provider. */
export const JobResult = z.object({
  provider: ProviderId,
  images: z.array(ResultImage).min(1),
  /** Upstream's record id, where it gives one. */
  upstreamId: z.string().optional(),
  credits: z
    .object({
      /** Credits this job cost (estimate where the provider publishes prices). */
      job: z.number().optional(),
      /** The account's figures as the provider reports them. */
      used: z.number().optional(),
      limit: z.number().optional(),
    })
    .optional(),
});
export type JobResult = z.infer<typeof JobResult>;

/** A wire-level failure that the answer itself reports (not an HTTP error). */
export class UpstreamAnswerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UpstreamAnswerError';
  }
}

/** The image format a URL or asset path names by its extension, if it names one. */
export function formatFromPath(path: string): OutputFormat | undefined {
  const clean = path.split(/[?#]/)[0]?.toLowerCase() ?? '';
  if (clean.endsWith('.png')) return 'png';
  if (clean.endsWith('.jpg') || clean.endsWith('.jpeg')) return 'jpeg';
  if (clean.endsWith('.webp')) return 'webp';
  return undefined;
}
