import type { ImageSubject } from '../features/images/index.ts';
import { openDeliverables } from '../features/packs/index.ts';
import { loadOnIdle } from '../ui/load-on-idle.ts';

// Making an image a pack's picture reads it as a download does: code the image cards' chunks carry.
const loadPicture = loadOnIdle(() => import('./deliverable-picture.ts'));

/** "Deliverables…" in every image card's "More" menu: the image to every target of a pack. */
export function deliverablesMenuItem(subject: ImageSubject, menuId: string) {
  return (
    <button
      type="button"
      role="menuitem"
      popoverTarget={menuId}
      popoverTargetAction="hide"
      onClick={() =>
        void loadPicture()
          .then(({ pictureOf }) => openDeliverables([pictureOf(subject)]))
          .catch((error: unknown) => console.warn('The Deliverables dialog could not be opened.', error))
      }
    >
      Deliverables…
    </button>
  );
}
