import { useCallback, useRef } from 'react';
import { measureMask, useMaskStore } from '../mask/index.lazy.ts';
import { useCurrentEntry, useJobSettings } from '../settings/index.ts';
import { useSourceStore } from '../source/index.ts';
import { batchRequests, type BatchVariant, type MaskIsEmpty } from './batch-requests.ts';
import { useJobs, useRunningJobs } from './use-jobs.ts';

// Measured in the mask worker, so twenty 4K masks never block the page.
const maskIsEmpty: MaskIsEmpty = async (mask, source) =>
  (await measureMask(mask, source.width, source.height)).empty;

/**
 * Runs one job per variant of the form (the current model, settings, source and mask) as one
 * batch group on the stage. Answers why it could not start, or an empty list once started.
 */
export function useRunBatch(): (variants: readonly BatchVariant[]) => Promise<string[]> {
  const entry = useCurrentEntry();
  const settings = useJobSettings();
  const source = useSourceStore((s) => s.source);
  const running = useRunningJobs();
  const { run } = useJobs();
  // A second click before React re-renders (a double-click) must not pay for the batch twice.
  const starting = useRef(false);
  return useCallback(
    async (variants) => {
      if (running || starting.current) return ['Wait for the running jobs to finish, or cancel them.'];
      starting.current = true;
      const mask = useMaskStore.getState().ops;
      const made = await batchRequests({ entry, settings, source, mask }, variants, maskIsEmpty).catch(
        (error: unknown) => ({
          ok: false as const,
          problems: [
            `The masks could not be measured: ${error instanceof Error ? error.message : String(error)}`,
          ],
        }),
      );
      if (!made.ok) {
        starting.current = false;
        return made.problems;
      }
      void run(made.requests, 'batch').finally(() => {
        starting.current = false;
      });
      return [];
    },
    [entry, settings, source, running, run],
  );
}
