import type { QueryClient } from '@tanstack/react-query';

/**
 * At start-up: jobs an earlier page left running are collected and filed. The code that does it
 * (answer parsing, image caching) is its own chunk, fetched once the first screen is up: idle,
 * or after two seconds at the latest.
 */
export function startRecovery(queryClient: QueryClient): void {
  const collect = () =>
    void import('./recovery.ts')
      .then(({ recoverLeftJobs }) => recoverLeftJobs(queryClient))
      .catch((error: unknown) =>
        console.warn('Jobs left running by an earlier visit could not be collected.', error),
      );
  if (typeof requestIdleCallback === 'function') requestIdleCallback(collect, { timeout: 2000 });
  else setTimeout(collect, 0);
}
