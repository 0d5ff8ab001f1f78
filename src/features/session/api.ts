import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiFetch } from '../../api/client.ts';
import { queryKeys } from '../../api/keys.ts';
import { SessionAnswer, type SignInBody } from '../../wire/session.ts';
import { isSignedOut, takeFirstAnswer } from './gate-state.ts';

/**
 * A session can expire, and other tabs spend too: looked at again this often. The jobs of this
 * page refresh it themselves as each one ends.
 */
const REFRESH_MS = 30_000;

function parseSession(json: unknown): SessionAnswer {
  const parsed = SessionAnswer.safeParse(json);
  if (!parsed.success) {
    throw new ApiError(
      'internal',
      "The studio's server answered the session check in an unknown shape.",
      200,
    );
  }
  return parsed.data;
}

const sessionQuery = () =>
  queryOptions({
    queryKey: queryKeys.session(),
    // The first look is the start-up check's answer, asked before the query client arrived.
    queryFn: async ({ signal }) =>
      parseSession(await (takeFirstAnswer() ?? apiFetch('/api/session', { signal }))),
    // 401 is an answer (nobody signed in), not a failure to try again.
    retry: (count, error) => !isSignedOut(error) && count < 1,
    // The gate and the header badge ask at once; one answer serves both.
    staleTime: 10_000,
    refetchInterval: REFRESH_MS,
    refetchOnWindowFocus: true,
  });

/** Who is signed in and what they spent today; fails with a 401 `ApiError` when nobody is. */
export function useSession() {
  return useQuery(sessionQuery());
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: SignInBody) =>
      parseSession(await apiFetch('/api/session', { method: 'POST', json: body })),
    onSuccess: (session) => client.setQueryData(queryKeys.session(), session),
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch('/api/session', { method: 'DELETE' }),
    // Whatever the studio held for this user goes with them.
    onSuccess: () => client.resetQueries(),
  });
}
