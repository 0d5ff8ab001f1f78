import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { errorMessage } from '../../api/client.ts';
import { compareStore } from '../compare/index.ts';
import { historyKeys, storeRejected, storeStar, storeWinner } from '../history/index.ts';
import { rememberAssetPath } from '../jobs/index.ts';
import { useSourceLoader, useSourceStore } from '../source/index.ts';
import { FILE_EXTENSION } from './download/file-name.ts';
import { fitToSize, type FitMode } from './fit-to-size.ts';
import { currentDeliverable, loadSubject } from './load.ts';
import { useImagesStore } from './store.ts';
import type { ImageSubject } from './subject.ts';

const STORE_MARK = { starred: storeStar, winner: storeWinner, rejected: storeRejected } as const;

/**
 * Everything a designer does with a result, the same wherever it is shown: view it large,
 * download it, take it as the next source, star it, make it its job's winner, reject it, pick
 * it for compare. None of them needs the history to have stored the job.
 */
export function useImageActions() {
  const queryClient = useQueryClient();
  const loadSource = useSourceLoader();

  const attempt = useCallback(async (what: string, action: () => Promise<void>) => {
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
  }, []);

  /**
   * Downloads the images given, or picked by id (compare picks): one file, or a zip of several;
   * with `fit`, each at exactly that size (a result the provider answered at another size).
   */
  const download = useCallback(
    (picked: readonly (ImageSubject | string)[], fit?: { width: number; height: number; mode: FitMode }) =>
      attempt('The download could not be prepared.', async () => {
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
      }),
    [attempt],
  );

  const useAsSource = useCallback(
    (subject: ImageSubject) =>
      attempt('That image could not be used as the source.', async () => {
        const { image } = subject;
        const { blob, composited } = await currentDeliverable(subject);
        const extension = FILE_EXTENSION[composited ? 'png' : image.format];
        // A composite is new bytes: it must be uploaded, not taken from the result's path.
        const assetPath = composited ? undefined : image.assetPath;
        await loadSource(blob, `result-${image.index + 1}.${extension}`, {
          fromImageId: image.id,
          ...(assetPath ? { assetPath } : {}),
        });
        const source = useSourceStore.getState().source;
        if (source && assetPath && !source.scaledFrom) rememberAssetPath(queryClient, source.hash, assetPath);
      }),
    [attempt, loadSource, queryClient],
  );

  const mark = useCallback(
    async (subject: ImageSubject, field: 'starred' | 'winner' | 'rejected', on: boolean) => {
      const { mark: overlay, setProblem } = useImagesStore.getState();
      const { job, image } = subject;
      overlay(image.id, { [field]: on });
      // One winner per job.
      if (field === 'winner' && on) {
        for (const other of job.images) if (other.id !== image.id) overlay(other.id, { winner: false });
      }
      try {
        await STORE_MARK[field](image.id, on);
        await queryClient.invalidateQueries({ queryKey: historyKeys.all });
      } catch (error) {
        setProblem(
          `The mark is kept on this page only: the history could not store it. ${errorMessage(error)}`,
        );
      }
    },
    [queryClient],
  );

  return {
    view: (subjects: ImageSubject[], index: number) => useImagesStore.getState().openViewer(subjects, index),
    download,
    useAsSource,
    toggleStar: (subject: ImageSubject, starred: boolean) => mark(subject, 'starred', !starred),
    toggleWinner: (subject: ImageSubject, winner: boolean) => mark(subject, 'winner', !winner),
    toggleReject: (subject: ImageSubject, rejected: boolean) => mark(subject, 'rejected', !rejected),
    togglePick: (subject: ImageSubject) => compareStore.getState().toggleSelected(subject.image.id),
  };
}
