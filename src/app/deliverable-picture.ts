import { currentDeliverable, slugify, type ImageSubject } from '../features/images/index.lazy.ts';
import type { PackPicture } from '../features/packs/index.ts';

/** A result or history image as a pack's picture: its bytes as a download gives them, its mask, its job. */
export function pictureOf(subject: ImageSubject): PackPicture {
  const { job, image } = subject;
  const stem = slugify(job.settings.prompt, 40) || job.mode;
  const mask =
    job.mode === 'inpaint' && job.mask && job.source
      ? { mask: { ops: job.mask, width: job.source.width, height: job.source.height } }
      : {};
  return {
    name: `${stem}-${image.index + 1}`,
    load: async () => (await currentDeliverable(subject)).blob,
    fromImageId: image.id,
    ...mask,
    job: { mode: job.mode, provider: job.provider, model: job.model, settings: job.settings },
  };
}
