/** The one owner of a result image: how it loads, and every action on it, wherever it is shown. */

export { ImageCard } from './components/ImageCard.tsx';
export { ImageViewer } from './components/ImageViewer.tsx';
export { TriageArea } from './components/TriageArea.tsx';
export { ShowRejectedSwitch } from './components/ShowRejectedSwitch.tsx';
export { TRIAGE_SHORTCUTS } from './triage-keys.ts';
export { VIEWER_SHORTCUTS } from './viewer-keys.ts';
export { useImageActions } from './use-image-actions.ts';
export { useImagesStore, useShownSubjects } from './store.ts';
export { subjectsOf } from './subject.ts';
export type { ImageSubject } from './subject.ts';
export { ImageMenuExtras } from './menu-extras.ts';
export { currentDeliverable } from './load.ts';
export { useReuseJob } from './use-reuse-job.ts';

/** The compare board, in its own chunk: nobody compares before results exist. */
export { CompareDialogDeferred as CompareDialog } from './CompareDialogDeferred.tsx';
export { resultLayers } from './result-layers.ts';
export { slugify } from './download/file-name.ts';
export { downloadZip, type ZipDownloadFile } from './download-zip.ts';
