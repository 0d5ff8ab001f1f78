import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { validateSettings } from '../../catalog/index.ts';
import { pastDurationsQuery } from '../history/index.lazy.ts';
import { useCurrentEntry, useJobSettings } from '../settings/index.ts';
import { useSourceStore } from '../source/index.ts';
import { missingInputs } from './missing-inputs.ts';
import { useJobsStore } from './store.ts';
import { typicalDurationMs } from './time-left.ts';
import { useJobs, useLiveJobs } from './use-jobs.ts';

/** A mask at or above this share of the image repaints everything: worth a question first. */
export const FULL_MASK = 0.999;

const NO_JOBS: readonly string[] = [];

/**
 * The Run button's side of the studio: the settings, source and mask gathered and checked,
 * one job started through the pipeline, and the state of the group the stage shows. The
 * mask's painted fraction (`coverage`) comes from `MaskCoverage`, which only Inpaint mounts.
 */
export function useStudioRun(coverage: number) {
  const entry = useCurrentEntry();
  const settings = useJobSettings();
  const source = useSourceStore((s) => s.source);
  const { run, cancel } = useJobs();
  const current = useJobsStore((s) => s.current);
  const live = useLiveJobs(current?.jobIds ?? NO_JOBS);
  const [confirmFullMask, setConfirmFullMask] = useState(false);
  const [preparing, setPreparing] = useState(false);
  const [cancelProblem, setCancelProblem] = useState<string | null>(null);
  // A second click (a double-click) before React re-renders must not start a second job.
  const starting = useRef(false);

  const states = [...live.values()];
  const running = states.filter((state) => state.status === 'pending');
  const durations = useQuery(
    pastDurationsQuery({ entryId: entry.id, quality: settings.quality, size: settings.size }),
  );

  const maskEmpty = !entry.needsMask || !source || coverage === 0;
  const issues = useMemo(
    () => [
      ...missingInputs(entry, source, maskEmpty),
      ...validateSettings(entry, settings).map((issue) => issue.message),
    ],
    [entry, source, maskEmpty, settings],
  );

  const start = async (fullMaskConfirmed = false) => {
    if (issues.length > 0 || running.length > 0 || starting.current) return;
    // A second click (a double-click) while the mask is measured must not start a second job.
    starting.current = true;
    setPreparing(true);
    try {
      // The mask's code is loaded only where a mask is sent (it is there already: Inpaint shows it).
      const masks = entry.needsMask ? await import('../mask/index.lazy.ts') : null;
      const ops = masks?.useMaskStore.getState().ops ?? [];
      // Exactly as it will be sent, not the deferred on-screen figure; measured in the mask worker.
      const mask = masks && source ? await masks.measureMask(ops, source.width, source.height) : null;
      if (mask?.empty) return;
      if (mask && mask.fraction >= FULL_MASK && !fullMaskConfirmed) {
        setConfirmFullMask(true);
        return;
      }
      setConfirmFullMask(false);
      setCancelProblem(null);
      const started = run([
        {
          entry,
          settings,
          source: entry.needsSource ? source : null,
          mask: entry.needsMask ? ops : null,
        },
      ]);
      setPreparing(false);
      await started;
    } finally {
      starting.current = false;
      setPreparing(false);
    }
  };

  return {
    issues,
    start,
    preparing,
    running,
    /** The last job of the group, once every job has ended. */
    settled: running.length === 0 ? states : [],
    typicalMs: typicalDurationMs(durations.data ?? []),
    cancel: async () => setCancelProblem(await cancel(running.map((state) => state.variables!.jobId))),
    cancelProblem,
    confirmFullMask,
    dismissFullMask: () => setConfirmFullMask(false),
  };
}
