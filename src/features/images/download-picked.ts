import { errorMessage } from '../../api/client.ts';
import { loadOnIdle } from '../../ui/load-on-idle.ts';
import { useImagesStore } from './store.ts';

// Loading, compositing and zipping images is its own chunk: the empty stage's tools only call it.
const loadDownloads = loadOnIdle(() => import('./download-images.ts'));

/** Downloads the images picked by id (the compare picks): one file, or a zip of several. */
export function downloadPicked(imageIds: readonly string[]): Promise<void> {
  return loadDownloads().then(
    ({ downloadImages }) => downloadImages(imageIds),
    (error: unknown) =>
      useImagesStore.getState().setProblem(`The download could not be prepared. ${errorMessage(error)}`),
  );
}
