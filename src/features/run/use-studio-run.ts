import { useMemo, useRef, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { useRunJob, type Job } from '../../api/run-job.ts';
import { validateSettings } from '../../catalog/index.ts';
import { useMaskStore } from '../mask/index.ts';
import { useCurrentEntry, useJobSettings } from '../../stores/settings.ts';
import { useSourceStore } from '../../stores/source.ts';
import { useHistoryRecorder } from '../history/index.ts';
import type { MaskDocument } from '../mask/ops.ts';
import { useMaskCoverage } from '../mask/use-mask-coverage.ts';
import type { SourceImage } from '../source/load-source.ts';
import { buildJobInputs, maskFraction, missingInputs } from './job-inputs.ts';
import { sentJobOf } from './sent-job.ts';

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
  const recorder = useHistoryRecorder();
  const [confirmFullMask, setConfirmFullMask] = useState(false);
  const [preparing, setPreparing] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [historyProblem, setHistoryProblem] = useState<string | null>(null);
  // A second click (a double-click) before React re-renders must not start a second job.
  const starting = useRef(false);
  // What the job was sent with, as it was at the click: the history records exactly that.
  const sentWith = useRef<{ source: SourceImage | null; ops: MaskDocument }>({ source: null, ops: [] });

  const keepOutOfHistory = (error: unknown) =>
    setHistoryProblem(`This job is not kept in the history: ${errorMessage(error)}`);
  const runner = useRunJob({
    // The history is a convenience: failing to record a job must not stop the job.
    beforeSend: (job: Job) =>
      recorder.started(sentJobOf(job, sentWith.current.source, sentWith.current.ops)).catch(keepOutOfHistory),
    onResult: (job, result, durationMs) =>
      void recorder.finished(job.jobId, result, durationMs).catch(keepOutOfHistory),
    onFailure: (job, error) => void recorder.failed(job.jobId, error).catch(keepOutOfHistory),
  });

  const coverage = useMaskCoverage(source?.width ?? 1, source?.height ?? 1);
  const maskEmpty = !entry.needsMask || !source || coverage === 0;
  const issues = useMemo(
    () => [
      ...missingInputs(entry, source, maskEmpty),
      ...validateSettings(entry, settings).map((issue) => issue.message),
    ],
    [entry, source, maskEmpty, settings],
  );

  const start = async (fullMaskConfirmed = false) => {
    if (issues.length > 0 || runner.mutation.isPending || starting.current) return;
    const ops = useMaskStore.getState().ops;
    // Exactly as it will be sent, not the deferred on-screen figure.
    const mask = entry.needsMask && source ? maskFraction(ops, source) : null;
    if (mask?.empty) return;
    if (mask && mask.fraction >= FULL_MASK && !fullMaskConfirmed) {
      setConfirmFullMask(true);
      return;
    }
    setConfirmFullMask(false);
    setProblem(null);
    setHistoryProblem(null);
    starting.current = true;
    setPreparing(entry.needsMask ? 'Preparing the mask…' : 'Preparing…');
    try {
      const inputs = await buildJobInputs(entry, source, ops);
      sentWith.current = { source, ops };
      setPreparing(null);
      await runner.run({ entry, settings, inputs });
    } catch (error) {
      setProblem(`The job was not sent. ${errorMessage(error)}`);
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
    problem,
    historyProblem,
    confirmFullMask,
    dismissFullMask: () => setConfirmFullMask(false),
  };
}
