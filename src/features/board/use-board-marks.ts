import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { historyKeys } from '../history/index.ts';
import { historyDb } from '../history/db.ts';
import { setStarred, setWinner } from '../history/images.ts';
import { getJobOfImage } from '../history/repository.ts';

/** Star a favourite, or mark the winner of its job: both kept in the history. */
export function useBoardMarks() {
  const queryClient = useQueryClient();
  const refresh = useCallback(
    () => queryClient.invalidateQueries({ queryKey: historyKeys.all }),
    [queryClient],
  );

  const toggleStar = useCallback(
    async (imageId: string) => {
      const db = await historyDb();
      const image = (await getJobOfImage(db, imageId))?.images.find((i) => i.id === imageId);
      if (image) await setStarred(db, imageId, !image.starred);
      await refresh();
    },
    [refresh],
  );

  const markWinner = useCallback(
    async (imageId: string) => {
      const db = await historyDb();
      const image = (await getJobOfImage(db, imageId))?.images.find((i) => i.id === imageId);
      if (image) await setWinner(db, imageId, !image.winner);
      await refresh();
    },
    [refresh],
  );

  return { toggleStar, markWinner };
}
