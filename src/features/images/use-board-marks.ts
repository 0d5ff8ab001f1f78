import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { historyKeys } from '../history/index.ts';
import { historyDb } from '../history/db.ts';
import { setStarred, setWinner } from '../history/images.ts';
import { getJobOfImage } from '../history/repository.ts';
import type { ImageRef } from '../history/record.ts';

/** Star a favourite, or mark the winner of its job: both kept in the history. */
export function useBoardMarks() {
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);

  const mark = useCallback(
    async (imageId: string, write: (image: ImageRef) => Promise<unknown>) => {
      setProblem(null);
      try {
        const image = (await getJobOfImage(await historyDb(), imageId))?.images.find((i) => i.id === imageId);
        if (!image) throw new Error('That image is no longer in the history.');
        await write(image);
      } catch (error) {
        setProblem(`The mark could not be saved. ${errorMessage(error)}`);
      } finally {
        await queryClient.invalidateQueries({ queryKey: historyKeys.all });
      }
    },
    [queryClient],
  );

  const toggleStar = useCallback(
    (imageId: string) =>
      mark(imageId, async (image) => setStarred(await historyDb(), imageId, !image.starred)),
    [mark],
  );
  const markWinner = useCallback(
    (imageId: string) => mark(imageId, async (image) => setWinner(await historyDb(), imageId, !image.winner)),
    [mark],
  );

  return { toggleStar, markWinner, problem };
}
