import { useCallback, useRef } from 'react';
import { useMaskStore } from '../mask/index.ts';
import { useCurrentEntry, useJobSettings } from '../settings/index.ts';
import { useSourceStore } from '../source/index.ts';
import { batchRequests, type BatchVariant } from './batch-requests.ts';
import { useJobs, useRunningJobs } from './use-jobs.ts';

/**
 * Runs one job per variant of the form (the current model, settings, source and mask) as one
 * batch group on the stage. Answers why it could not start, or an empty list once started.
 */
export function useRunBatch(): (variants: readonly BatchVariant[]) => string[] {
  const entry = useCurrentEntry();
  const settings = useJobSettings();
  const source = useSourceStore((s) => s.source);
  const running = useRunningJobs();
  const { run } = useJobs();
  // A second click before React re-renders (a double-click) must not pay for the batch twice.
  const starting = useRef(false);
  return useCallback(
    (variants) => {
      if (running || starting.current) return ['Wait for the running jobs to finish, or cancel them.'];
      const mask = useMaskStore.getState().ops;
      const made = batchRequests({ entry, settings, source, mask }, variants);
      if (!made.ok) return made.problems;
      starting.current = true;
      void run(made.requests, 'batch').finally(() => {
        starting.current = false;
      });
      return [];
    },
    [entry, settings, source, running, run],
  );
}
