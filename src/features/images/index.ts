/**
 * The one owner of a result image: how it loads, and every action on it, wherever it is shown.
 * What the first screen mounts is here; the cards, the triage and the actions themselves are in
 * index.lazy.ts, for the results board and the history column, which load when there is a job.
 */
export { ImageViewer } from './components/ImageViewer.tsx';
export { useImagesStore } from './store.ts';
export { ImageMenuExtras } from './menu-extras.ts';
export type { ImageSubject } from './subject.ts';

/** The compare board, in its own chunk: nobody compares before results exist. */
export { CompareDialogDeferred as CompareDialog } from './CompareDialogDeferred.tsx';
