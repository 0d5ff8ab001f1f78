import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { libraryDb, type LibraryDb } from '../db.ts';
import { recentChanges } from '../recent.ts';
import { listPrompts, listRecent } from '../repository.ts';

const libraryKeys = {
  all: ['library'] as const,
  prompts: () => [...libraryKeys.all, 'prompts'] as const,
  recent: () => [...libraryKeys.all, 'recent'] as const,
};

export function useSavedPrompts() {
  return useQuery({ queryKey: libraryKeys.prompts(), queryFn: async () => listPrompts(await libraryDb()) });
}

/** The recent prompts, read again whenever the jobs pipeline records one. */
export function useRecentPrompts() {
  const queryClient = useQueryClient();
  useEffect(() => {
    const refresh = () => void queryClient.invalidateQueries({ queryKey: libraryKeys.recent() });
    recentChanges.addEventListener('change', refresh);
    return () => recentChanges.removeEventListener('change', refresh);
  }, [queryClient]);
  return useQuery({ queryKey: libraryKeys.recent(), queryFn: async () => listRecent(await libraryDb()) });
}

/** A write to the library; everything the library shows is read again afterwards. */
export function useLibraryWrite<Variables, Answer>(
  write: (db: LibraryDb, variables: Variables) => Promise<Answer>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (variables: Variables) => write(await libraryDb(), variables),
    onSettled: () => queryClient.invalidateQueries({ queryKey: libraryKeys.all }),
  });
}
