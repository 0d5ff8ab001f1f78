import './run-panel.css';
import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../../api/client.ts';
import { estimateCredits, estimateText } from '../../catalog/index.ts';
import { MaskCoverage } from '../mask/index.ts';
import { useCreditPrices } from '../providers/index.lazy.ts';
import { useSourceStore } from '../source/index.ts';
import { useCurrentEntry, useJobSettings, useMode } from '../settings/index.ts';
import { CreditTotals } from './CreditTotals.tsx';
import { takeEarlyRun } from './early-run.ts';
import { formatSeconds, progressText } from './progress-words.ts';
import { RUN_WORDS } from './run-words.ts';
import { useRunShortcut } from './use-run-shortcut.ts';
import { useJobsStore } from './store.ts';
import { timeLeftText } from './time-left.ts';
import { useElapsedSeconds } from './use-elapsed.ts';
import { useStudioRun } from './use-studio-run.ts';
import { useRunningJobs } from './use-jobs.ts';
import { IssueList } from '../../ui/IssueList.tsx';

/**
 * The run button and the progress of what it started. A request the entry's rules refuse
 * cannot be sent: the button stays disabled and the reasons are listed beside it. Cancel sits
 * beside the button, never in its place, so a double-click cannot cancel what it started.
 */
export function RunPanel({ onRunning }: { onRunning?: () => void }) {
  const issuesId = useId();
  const mode = useMode();
  const entry = useCurrentEntry();
  const settings = useJobSettings();
  const source = useSourceStore((s) => s.source);
  const [coverage, setCoverage] = useState(0);
  const run = useStudioRun(coverage);
  const historyProblem = useJobsStore((s) => s.historyProblem);
  const phases = useJobsStore((s) => s.phases);
  const { running, issues, preparing, settled } = run;
  const busy = running.length > 0 || preparing;
  const canRun = issues.length === 0 && !busy;
  const credits = estimateCredits(entry, settings, useCreditPrices());
  const words = RUN_WORDS[mode];
  const first = running[0];
  const elapsed = useElapsedSeconds(first?.submittedAt);
  const left = first ? timeLeftText(elapsed * 1000, run.typicalMs) : null;
  const uploading = running.some((state) => phases[state.variables?.jobId ?? ''] === 'uploading');
  const runningN = running.reduce((n, state) => n + (state.variables?.settings.n ?? 0), 0);
  const status = uploading
    ? 'Uploading the source image…'
    : running.length > 1
      ? `Running ${running.length} jobs… ${formatSeconds(elapsed)}`
      : progressText(mode, runningN || settings.n, elapsed);

  // Any job of the page starting (a sweep, a batch, the library's) is told to the page.
  const anyRunning = useRunningJobs();
  const onStarted = useEffectEvent(() => onRunning?.());
  // Told on a start only: jobs already running when this panel's code arrives do not move the view.
  const wasRunning = useRef(anyRunning);
  useEffect(() => {
    if (anyRunning && !wasRunning.current) onStarted();
    wasRunning.current = anyRunning;
  }, [anyRunning]);

  const onShortcut = useEffectEvent(() => void run.start());
  useRunShortcut(() => void run.start());
  // A press of the shortcut while this panel's code was arriving runs now, once.
  useEffect(() => {
    if (takeEarlyRun()) onShortcut();
  }, []);

  // The tab says how far the job is, for a designer working in another tab meanwhile.
  useEffect(() => {
    if (!first) return;
    const title = document.title;
    document.title = `${left ?? formatSeconds(elapsed)} · ${words.ongoing} · Image Studio`;
    return () => {
      document.title = title;
    };
  }, [first, left, elapsed, words.ongoing]);

  const failed = settled.filter((state) => state.status === 'error');
  const cancelled = failed.some(
    (state) => state.error instanceof ApiError && state.error.code === 'cancelled',
  );
  const errors = failed.filter(
    (state) => !(state.error instanceof ApiError && state.error.code === 'cancelled'),
  );
  const images = settled.reduce((n, state) => n + (state.data?.images.length ?? 0), 0);

  return (
    <section className="run-panel" aria-label="Run">
      {entry.needsMask && source && (
        <MaskCoverage width={source.width} height={source.height} onCoverage={setCoverage} />
      )}
      <div className="run-row">
        <button
          type="button"
          className="button button-primary run-button"
          disabled={!canRun}
          aria-describedby={issues.length > 0 ? issuesId : undefined}
          aria-keyshortcuts="Control+Enter Meta+Enter"
          onClick={() => void run.start()}
        >
          {words.action}
        </button>
        {running.length > 0 && (
          <button type="button" className="button button-secondary" onClick={() => void run.cancel()}>
            Cancel
          </button>
        )}
        {credits !== null && !busy && <span className="credit-estimate">{estimateText(credits)}</span>}
      </div>
      <CreditTotals />

      {run.confirmFullMask && (
        <div role="alertdialog" aria-label="The mask covers everything" className="run-confirm">
          <p>The mask covers the whole image, so every pixel will be regenerated.</p>
          <div className="run-row">
            <button
              type="button"
              className="button button-small button-primary"
              onClick={() => void run.start(true)}
            >
              {words.action} anyway
            </button>
            <button
              type="button"
              className="button button-small button-secondary"
              onClick={run.dismissFullMask}
            >
              Keep painting
            </button>
          </div>
        </div>
      )}

      {busy && (
        <div className="run-progress">
          <p role="status" className="run-status">
            {preparing ? 'Preparing…' : status}
            {left && !uploading && <span className="muted"> · {left}</span>}
          </p>
          <div className="progress-bar" aria-hidden="true">
            <span />
          </div>
        </div>
      )}

      {!busy && cancelled && (
        <p role="status" className="run-status">
          Cancelled.
        </p>
      )}
      {historyProblem && (
        <p role="alert" className="field-error">
          {historyProblem}
        </p>
      )}
      {!busy && run.cancelProblem && (
        <p role="alert" className="field-error">
          {run.cancelProblem}
        </p>
      )}
      {!busy && errors[0] && (
        <p role="alert" className="run-error">
          {errorMessage(errors[0].error)}
        </p>
      )}
      {!busy && settled.length > 0 && errors.length === 0 && !cancelled && (
        <p role="status" className="run-status">
          {images === 1 ? '1 image ready.' : `${images} images ready.`}
        </p>
      )}

      {!busy && (
        <IssueList id={issuesId} title={`Before you can ${words.action.toLowerCase()}:`} issues={issues} />
      )}
    </section>
  );
}
