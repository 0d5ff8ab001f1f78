import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { historyDb, historyKeys, type HistoryDb } from '../../history/index.lazy.ts';
import { askPersistence, readStorage } from '../storage.ts';

const storageKey = ['backup', 'storage'] as const;

/** The storage meter's figures, read again after every import or drop. */
export function useStorageFacts() {
  return useQuery({ queryKey: storageKey, queryFn: () => readStorage() });
}

/** A change to the history from the backup panel; the history and the meter are read again afterwards. */
export function useHistoryChange<Variables, Answer>(
  change: (db: HistoryDb, variables: Variables) => Promise<Answer>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (variables: Variables) => change(await historyDb(), variables),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: historyKeys.all });
      await queryClient.invalidateQueries({ queryKey: storageKey });
    },
  });
}

/** Asks the browser to keep the site's storage; the meter shows the answer. */
export function useAskPersistence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => askPersistence(),
    onSettled: () => queryClient.invalidateQueries({ queryKey: storageKey }),
  });
}
