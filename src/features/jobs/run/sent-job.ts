import type { Job } from '../run-job.ts';
import type { SentJob } from '../../history/index.ts';
import type { MaskDocument } from '../../mask/ops.ts';
import type { SourceImage } from '../../source/load-source.ts';

/** A job as the history records it before its paid request leaves: settings, source and mask. */
export function sentJobOf(job: Job, source: SourceImage | null, mask: MaskDocument): SentJob {
  return {
    jobId: job.jobId,
    entry: job.entry,
    settings: job.settings,
    ...(job.entry.needsSource && source
      ? {
          source: {
            hash: source.hash,
            width: source.width,
            height: source.height,
            name: source.name,
            blob: source.blob,
            ...(source.assetPath ? { assetPath: source.assetPath } : {}),
            ...(source.fromImageId ? { fromImageId: source.fromImageId } : {}),
          },
        }
      : {}),
    ...(job.entry.needsMask ? { mask } : {}),
  };
}
