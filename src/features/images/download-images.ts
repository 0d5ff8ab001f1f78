import { errorMessage } from '../../api/client.ts';
import { fitToSize, type FitMode } from './fit-to-size.ts';
import { currentDeliverable, loadSubject } from './load.ts';
import { useImagesStore } from './store.ts';
import type { ImageSubject } from './subject.ts';

/** Runs an action on images with the busy mark up; what it could not do is said as `what` and why. */
export async function attemptImageAction(what: string, action: () => Promise<void>): Promise<void> {
  const { setProblem, setBusy } = useImagesStore.getState();
  setProblem(null);
  setBusy(true);
  try {
    await action();
  } catch (error) {
    setProblem(`${what} ${errorMessage(error)}`);
  } finally {
    setBusy(false);
  }
}

/**
 * Downloads the images given, or picked by id (compare picks): one file, or a zip of several;
 * with `fit`, each at exactly that size (a result the provider answered at another size).
 */
export function downloadImages(
  picked: readonly (ImageSubject | string)[],
  fit?: { width: number; height: number; mode: FitMode },
): Promise<void> {
  return attemptImageAction('The download could not be prepared.', async () => {
    const items = await Promise.all(
      picked.map(async (pick) => {
        const subject = typeof pick === 'string' ? await loadSubject(pick) : pick;
        const { blob: delivered, composited } = await currentDeliverable(subject);
        const blob = fit ? await fitToSize(delivered, fit.width, fit.height, fit.mode) : delivered;
        return {
          bytes: new Uint8Array(await blob.arrayBuffer()),
          index: subject.image.index,
          job: { ...subject.job, preservedOutsideMask: composited },
        };
      }),
    );
    // Zip and PNG text (fflate) are fetched only once someone downloads.
    const { downloadResults } = await import('./download/prepare-download.ts');
    downloadResults(items);
  });
}
