import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { errorMessage } from '../../api/client.ts';
import { compareStore } from '../compare/index.ts';
import { historyKeys, storeRejected, storeStar, storeWinner } from '../history/index.lazy.ts';
import { rememberAssetPath } from '../jobs/index.lazy.ts';
import { useSourceLoader, useSourceStore } from '../source/index.ts';
import { FILE_EXTENSION } from './download/file-name.ts';
import { attemptImageAction, downloadImages } from './download-images.ts';
import { currentDeliverable } from './load.ts';
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

  const useAsSource = useCallback(
    (subject: ImageSubject) =>
      attemptImageAction('That image could not be used as the source.', async () => {
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
    [loadSource, queryClient],
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
    download: downloadImages,
    useAsSource,
    toggleStar: (subject: ImageSubject, starred: boolean) => mark(subject, 'starred', !starred),
    toggleWinner: (subject: ImageSubject, winner: boolean) => mark(subject, 'winner', !winner),
    toggleReject: (subject: ImageSubject, rejected: boolean) => mark(subject, 'rejected', !rejected),
    togglePick: (subject: ImageSubject) => compareStore.getState().toggleSelected(subject.image.id),
  };
}
