/** The one owner of a result image: how it loads, and every action on it, wherever it is shown. */
export { ImageCard } from './components/ImageCard.tsx';
export { ImageViewer } from './components/ImageViewer.tsx';
export { CompareDialog } from './CompareDialog.tsx';
export { useImageActions } from './use-image-actions.ts';
export { useImagesStore } from './store.ts';
export { subjectsOf } from './subject.ts';
export { useReuseJob } from './use-reuse-job.ts';
export { downloadBlob } from './download/download-blob.ts';
