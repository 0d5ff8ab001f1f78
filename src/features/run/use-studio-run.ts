import { useMemo, useRef, useState } from 'react';
import { useRunJob, type Job } from '../../api/run-job.ts';
import { validateSettings } from '../../catalog/index.ts';
import { useMaskStore } from '../../stores/mask.ts';
import { useCurrentEntry, useJobSettings } from '../../stores/settings.ts';
import { useSourceStore } from '../../stores/source.ts';
import { useHistoryRecorder } from '../history/index.ts';
import { sentJobOf } from './sent-job.ts';
import { buildJobInputs, maskFraction, missingInputs } from './job-inputs.ts';

/** A mask at or above this share of the image repaints everything: worth a question first. */
const FULL_MASK = 0.999;

/**
 * The run as the studio does it: the settings, source and mask gathered and checked, the job
 * recorded in the history before its paid request leaves, its outcome filed when it ends.
 */
export function useStudioRun() {
  const entry = useCurrentEntry();
  const settings = useJobSettings();
  const source = useSourceStore((s) => s.source);
  const ops = useMaskStore((s) => s.ops);
  const recorder = useHistoryRecorder();
  const [confirmFullMask, setConfirmFullMask] = useState(false);
  const [preparing, setPreparing] = useState<string | null>(null);
  // A second click (a double-click) before React re-renders must not start a second job.
  const starting = useRef(false);

  const runner = useRunJob({
    beforeSend: (job: Job) => recorder.started(sentJobOf(job, source, ops)),
    onResult: (job, result, durationMs) => void recorder.finished(job.jobId, result, durationMs),
    onFailure: (job, error) => void recorder.failed(job.jobId, error),
  });

  const mask = useMemo(
    () => (entry.needsMask && source ? maskFraction(ops, source) : { empty: true, fraction: 0 }),
    [entry.needsMask, ops, source],
  );
  const issues = useMemo(
    () => [
      ...missingInputs(entry, source, mask.empty),
      ...validateSettings(entry, settings).map((issue) => issue.message),
    ],
    [entry, source, mask.empty, settings],
  );

  const start = async (fullMaskConfirmed = false) => {
    if (issues.length > 0 || runner.mutation.isPending || starting.current) return;
    if (entry.needsMask && mask.fraction >= FULL_MASK && !fullMaskConfirmed) {
      setConfirmFullMask(true);
      return;
    }
    setConfirmFullMask(false);
    starting.current = true;
    setPreparing(entry.needsMask ? 'Preparing the mask…' : 'Preparing…');
    try {
      const inputs = await buildJobInputs(entry, source, ops);
      setPreparing(null);
      await runner.run({ entry, settings, inputs });
    } finally {
      starting.current = false;
      setPreparing(null);
    }
  };

  return {
    ...runner,
    issues,
    start,
    preparing,
    confirmFullMask,
    dismissFullMask: () => setConfirmFullMask(false),
  };
}
