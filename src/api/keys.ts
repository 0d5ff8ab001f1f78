/** Every TanStack Query key of the studio, built from general to specific. */
export const queryKeys = {
  all: ['studio'] as const,
  health: () => [...queryKeys.all, 'health'] as const,
  /** Who is signed in and what they spent today: the jobs refresh it as each one ends. */
  session: () => [...queryKeys.all, 'session'] as const,
  creditPrices: () => [...queryKeys.all, 'credit-prices'] as const,
  jobs: () => [...queryKeys.all, 'jobs'] as const,
  runJob: () => [...queryKeys.jobs(), 'run'] as const,
  assets: () => [...queryKeys.all, 'asset'] as const,
  /** A 1min.ai asset path, by the content hash of the bytes it holds. */
  asset: (hash: string) => [...queryKeys.assets(), hash] as const,
};
