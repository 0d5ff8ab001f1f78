import { useEffect, useEffectEvent, useId } from 'react';
import { ApiError, errorMessage } from '../../../api/client.ts';
import { estimateCredits } from '../../../catalog/index.ts';
import { useCurrentEntry, useJobSettings, useMode } from '../../settings/store.ts';
import { RUN_WORDS, isRunShortcut, progressText } from './run-words.ts';
import { useElapsedSeconds } from './use-elapsed.ts';
import { useStudioRun } from './use-studio-run.ts';

/**
 * The run button and the job's progress. A request the entry's rules refuse cannot be
 * sent: the button stays disabled and the reasons are listed beside it. Cancel sits beside
 * the button, never in its place, so a double-click cannot cancel what it started.
 */
export function RunPanel() {
  const issuesId = useId();
  const mode = useMode();
  const entry = useCurrentEntry();
  const settings = useJobSettings();
  const {
    mutation,
    phase,
    cancel,
    cancelProblem,
    issues,
    start,
    preparing,
    problem,
    historyProblem,
    confirmFullMask,
    dismissFullMask,
  } = useStudioRun();
  const running = mutation.isPending;
  const busy = running || preparing !== null;
  const canRun = issues.length === 0 && !busy;
  const credits = estimateCredits(entry, settings);
  const words = RUN_WORDS[mode];
  const elapsed = useElapsedSeconds(running ? mutation.submittedAt : undefined);

  const onShortcut = useEffectEvent(() => void start());
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Behind an open dialog (lightbox, compare) the shortcut would start a job unseen.
      if (!isRunShortcut(event) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      onShortcut();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const cancelled = mutation.error instanceof ApiError && mutation.error.code === 'cancelled';

  return (
    <section className="run-panel" aria-label="Run">
      <div className="run-row">
        <button
          type="button"
          className="button button-primary run-button"
          disabled={!canRun}
          aria-describedby={issues.length > 0 ? issuesId : undefined}
          aria-keyshortcuts="Control+Enter Meta+Enter"
          onClick={() => void start()}
        >
          {words.action}
        </button>
        {running && (
          <button type="button" className="button button-secondary" onClick={() => void cancel()}>
            Cancel
          </button>
        )}
        {credits !== null && !running && (
          <span className="credit-estimate">≈ {credits.toLocaleString('en-US')} credits</span>
        )}
      </div>

      {confirmFullMask && (
        <div role="alertdialog" aria-label="The mask covers everything" className="run-confirm">
          <p>The mask covers the whole image, so every pixel will be regenerated.</p>
          <div className="run-row">
            <button
              type="button"
              className="button button-small button-primary"
              onClick={() => void start(true)}
            >
              {words.action} anyway
            </button>
            <button type="button" className="button button-small button-secondary" onClick={dismissFullMask}>
              Keep painting
            </button>
          </div>
        </div>
      )}

      {(running || preparing) && (
        <div className="run-progress">
          <p role="status" className="run-status">
            {preparing ??
              (phase === 'uploading'
                ? 'Uploading the source image…'
                : progressText(mode, mutation.variables?.settings.n ?? settings.n, elapsed))}
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
      {!busy && problem && (
        <p role="alert" className="run-error">
          {problem}
        </p>
      )}
      {historyProblem && (
        <p role="alert" className="field-error">
          {historyProblem}
        </p>
      )}
      {!busy && cancelProblem && (
        <p role="alert" className="field-error">
          {cancelProblem}
        </p>
      )}
      {!busy && mutation.isError && !cancelled && (
        <p role="alert" className="run-error">
          {errorMessage(mutation.error)}
        </p>
      )}
      {!busy && mutation.isSuccess && (
        <p role="status" className="run-status">
          {mutation.data.images.length === 1
            ? '1 image ready.'
            : `${mutation.data.images.length} images ready.`}
        </p>
      )}

      {!busy && issues.length > 0 && (
        <div id={issuesId} className="run-issues">
          <p className="run-issues-title">Before you can {words.action.toLowerCase()}:</p>
          <ul>
            {issues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
