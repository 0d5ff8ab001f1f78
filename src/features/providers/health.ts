import { queryOptions, useQuery } from '@tanstack/react-query';
import { HealthAnswer } from '../../wire/proxy.ts';
import { ApiError, apiFetch } from '../../api/client.ts';
import { queryKeys } from '../../api/keys.ts';

async function fetchHealth(signal?: AbortSignal): Promise<HealthAnswer> {
  const parsed = HealthAnswer.safeParse(await apiFetch('/api/health', { signal }));
  if (!parsed.success) {
    throw new ApiError('internal', "The studio's server answered the health check in an unknown shape.", 200);
  }
  return parsed.data;
}

export const healthQuery = () =>
  queryOptions({
    queryKey: queryKeys.health(),
    queryFn: ({ signal }) => fetchHealth(signal),
    staleTime: 60_000,
  });

/** Whether each provider runs live or on the simulator, and where 1min.ai assets live. */
export function useHealth() {
  return useQuery(healthQuery());
}
