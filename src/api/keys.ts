/** Every TanStack Query key of the studio, built from general to specific. */
export const queryKeys = {
  all: ['studio'] as const,
  health: () => [...queryKeys.all, 'health'] as const,
  jobs: () => [...queryKeys.all, 'jobs'] as const,
  runJob: () => [...queryKeys.jobs(), 'run'] as const,
};
