import { FILE_EXTENSION } from './download/file-name.ts';
import { useCallback, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { compareStore } from '../compare/store.ts';
import { downloadResults } from './download/download-blob.ts';
import { useResultAsSource } from '../source/use-result-as-source.ts';
import { deliverableBlob, loadBoardImage } from './board-image.ts';

function preserveChoice() {
  const { preserveOutsideMask, featherRadius } = compareStore.getState();
  return { on: preserveOutsideMask, featherRadius };
}

/**
 * What a designer does with results, wherever they are shown: download one or many (with
 * the settings embedded), or take one as the next source. Both honour "preserve outside mask".
 */
export function useBoardActions() {
  const adoptAsSource = useResultAsSource();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const download = useCallback(async (imageIds: string[]) => {
    setProblem(null);
    setBusy(true);
    try {
      const items = await Promise.all(
        imageIds.map(async (id) => {
          const board = await loadBoardImage(id);
          const { blob, composited } = await deliverableBlob(board, preserveChoice());
          return {
            bytes: new Uint8Array(await blob.arrayBuffer()),
            index: board.image.index,
            job: { ...board.job, preservedOutsideMask: composited },
          };
        }),
      );
      downloadResults(items);
    } catch (error) {
      setProblem(`The download could not be prepared. ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  }, []);

  const useAsSource = useCallback(
    async (imageId: string) => {
      setProblem(null);
      try {
        const board = await loadBoardImage(imageId);
        const { blob, composited } = await deliverableBlob(board, preserveChoice());
        const extension = FILE_EXTENSION[composited ? 'png' : board.image.format];
        await adoptAsSource(
          {
            url: board.image.url,
            imageId,
            name: `result-${board.image.index + 1}.${extension}`,
            // A composite is new bytes: it must be uploaded, not taken from the result's path.
            ...(board.image.assetPath && !composited ? { assetPath: board.image.assetPath } : {}),
          },
          blob,
        );
      } catch (error) {
        setProblem(`That image could not be used as the source. ${errorMessage(error)}`);
      }
    },
    [adoptAsSource],
  );

  return { download, useAsSource, problem, busy };
}
