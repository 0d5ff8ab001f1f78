import { currentDeliverable, slugify, type ImageSubject } from '../features/images/index.ts';
import { openDeliverables, type PackPicture } from '../features/packs/index.ts';

/** A result or history image as a pack's picture: its bytes as a download gives them, its mask, its job. */
function pictureOf(subject: ImageSubject): PackPicture {
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

/** "Deliverables…" in every image card's "More" menu: the image to every target of a pack. */
export function deliverablesMenuItem(subject: ImageSubject, menuId: string) {
  return (
    <button
      type="button"
      role="menuitem"
      popoverTarget={menuId}
      popoverTargetAction="hide"
      onClick={() => openDeliverables([pictureOf(subject)])}
    >
      Deliverables…
    </button>
  );
}
