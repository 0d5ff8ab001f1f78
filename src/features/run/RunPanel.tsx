import { useEffect, useEffectEvent, useId, useMemo } from 'react';
import { ApiError, errorMessage } from '../../api/client.ts';
import { useRunJob } from '../../api/run-job.ts';
import { estimateCredits, validateSettings } from '../../catalog/index.ts';
import { useCurrentEntry, useJobSettings, useMode } from '../../stores/settings.ts';
import { RUN_WORDS, isRunShortcut, progressText } from './run-words.ts';
import { useElapsedSeconds } from './use-elapsed.ts';

/**
 * The run button and the job's progress. A request the entry's rules refuse cannot be
 * sent: the button stays disabled and the reasons are listed beside it.
 */
export function RunPanel() {
  const issuesId = useId();
  const mode = useMode();
  const entry = useCurrentEntry();
  const settings = useJobSettings();
  const { mutation, run, cancel, cancelProblem } = useRunJob();
  const issues = useMemo(() => validateSettings(entry, settings), [entry, settings]);
  const running = mutation.isPending;
  const canRun = issues.length === 0 && !running;
  const credits = estimateCredits(entry, settings);
  const words = RUN_WORDS[mode];
  const elapsed = useElapsedSeconds(running ? mutation.submittedAt : undefined);

  const start = () => {
    if (canRun) run({ entry, settings });
  };
  const onShortcut = useEffectEvent(start);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isRunShortcut(event)) return;
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
        {running ? (
          <button type="button" className="button button-secondary run-button" onClick={() => void cancel()}>
            Cancel
          </button>
        ) : (
          <button
            type="button"
            className="button button-primary run-button"
            disabled={!canRun}
            aria-describedby={issues.length > 0 ? issuesId : undefined}
            aria-keyshortcuts="Control+Enter Meta+Enter"
            onClick={start}
          >
            {words.action}
          </button>
        )}
        {credits !== null && (
          <span className="credit-estimate">≈ {credits.toLocaleString('en-US')} credits</span>
        )}
      </div>

      {running && (
        <div className="run-progress">
          <p role="status" className="run-status">
            {progressText(mode, mutation.variables?.settings.n ?? settings.n, elapsed)}
          </p>
          <div className="progress-bar" aria-hidden="true">
            <span />
          </div>
        </div>
      )}

      {!running && cancelled && (
        <p role="status" className="run-status">
          Cancelled.
        </p>
      )}
      {!running && cancelProblem && (
        <p role="alert" className="field-error">
          {cancelProblem}
        </p>
      )}
      {!running && mutation.isError && !cancelled && (
        <p role="alert" className="run-error">
          {errorMessage(mutation.error)}
        </p>
      )}
      {!running && mutation.isSuccess && (
        <p role="status" className="run-status">
          {mutation.data.images.length === 1
            ? '1 image ready.'
            : `${mutation.data.images.length} images ready.`}
        </p>
      )}

      {!running && issues.length > 0 && (
        <div id={issuesId} className="run-issues">
          <p className="run-issues-title">Before you can {words.action.toLowerCase()}:</p>
          <ul>
            {issues.map((issue) => (
              <li key={`${issue.field}-${issue.rule}`}>{issue.message}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
