import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { packsDb, type PacksDb } from '../db.ts';
import { listPacks } from '../repository.ts';

const packsKeys = { all: ['packs'] as const };

export function useSavedPacks() {
  return useQuery({ queryKey: packsKeys.all, queryFn: async () => listPacks(await packsDb()) });
}

/** A write to the saved packs; the list is read again afterwards. */
export function usePacksWrite<Variables, Answer>(
  write: (db: PacksDb, variables: Variables) => Promise<Answer>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (variables: Variables) => write(await packsDb(), variables),
    onSettled: () => queryClient.invalidateQueries({ queryKey: packsKeys.all }),
  });
}
