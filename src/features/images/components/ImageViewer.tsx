import { lazyOnIdle } from '../../../ui/lazy-on-idle.tsx';
import { useImagesStore } from '../store.ts';

// The dialog's code (zoom, before/after) arrives when the page is idle or a result is first opened.
const ViewerDialog = lazyOnIdle(() => import('./ViewerDialog.tsx').then((m) => m.ViewerDialog));

/**
 * The large view of one result: wheel zooms at the pointer, drag pans, Fit and 100 % reset;
 * the arrow keys step through its siblings; for an edit or inpaint, a before/after slider
 * against the source it was made from.
 */
export function ImageViewer() {
  const viewer = useImagesStore((s) => s.viewer);
  if (!viewer) return null;
  const subject = viewer.subjects[viewer.index];
  if (!subject) return null;
  return (
    <ViewerDialog
      key={subject.image.id}
      subject={subject}
      count={viewer.subjects.length}
      index={viewer.index}
    />
  );
}
