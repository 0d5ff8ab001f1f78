import * as z from 'zod/mini';
import { OutputFormat, ProviderId } from '../catalog/schema.ts';

/** One image a job produced, wherever it came from. */
export const ResultImage = z.object({
  url: z.string(),
  /** 1min.ai asset path: lets the image become the next source without re-uploading. */
  assetPath: z.optional(z.string()),
  width: z.optional(z.int().check(z.positive())),
  height: z.optional(z.int().check(z.positive())),
  format: OutputFormat,
});
export type ResultImage = z.infer<typeof ResultImage>;

/** What a job cost, as far as it is known. */
export const ResultCredits = z.object({
  /**
   * Credits this job cost: the published price (gptimageapi.dev), or what the studio's server
   * charged it from the 1min.ai account's total. The account's own figures never reach the browser.
   */
  job: z.optional(z.number()),
});

/** The studio's own view of a finished job, the same for every provider. */
export const JobResult = z.object({
  provider: ProviderId,
  images: z.array(ResultImage).check(z.minLength(1)),
  /** Upstream's record id, where it gives one. */
  upstreamId: z.optional(z.string()),
  credits: z.optional(ResultCredits),
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
