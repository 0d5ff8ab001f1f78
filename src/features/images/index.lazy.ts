/** A result image's card, its triage and every action on it, for the chunks that show results. */
export { ImageCard } from './components/ImageCard.tsx';
export { TriageArea } from './components/TriageArea.tsx';
export { TRIAGE_SHORTCUTS } from './triage-keys.ts';
export { VIEWER_SHORTCUTS } from './viewer-keys.ts';
export { useImageActions } from './use-image-actions.ts';
export { ShowRejectedSwitch } from './components/ShowRejectedSwitch.tsx';
export { downloadPicked } from './download-picked.ts';
export { useShownSubjects } from './store.ts';
export { subjectsOf, type ImageSubject } from './subject.ts';
export { currentDeliverable } from './load.ts';
export { useReuseJob } from './use-reuse-job.ts';
export { resultLayers } from './result-layers.ts';
export { slugify } from './download/file-name.ts';
export { downloadZip, type ZipDownloadFile } from './download-zip.ts';
