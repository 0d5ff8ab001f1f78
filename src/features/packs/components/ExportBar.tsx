import { useId } from 'react';
import { Quality } from '../../../catalog/schema.ts';
import { usePackStore } from '../pack-store.ts';
import type { ExportState } from './use-pack-export.ts';

type ExportBarProps = {
  state: ExportState;
  /** "3 targets: 2 crops (1 upscaled), 1 needing new picture". */
  plan: string;
  /** Whether any target needs new picture: then the prompt and quality matter. */
  extends: boolean;
  disabled: boolean;
  onExport: () => void;
  onConfirm: () => void;
  onCancel: () => void;
};

function doneWords(state: Extract<ExportState, { step: 'done' }>): string {
  const parts = [
    `Saved ${state.name}: ${state.files} ${state.files === 1 ? 'file' : 'files'}, each exactly its size`,
  ];
  if (state.paid > 0) parts.push(`${state.paid} paid ${state.paid === 1 ? 'job' : 'jobs'} made new picture`);
  if (state.reused > 0)
    parts.push(
      `new picture from ${state.reused} earlier ${state.reused === 1 ? 'job' : 'jobs'}, nothing paid`,
    );
  if (state.upscaled.length > 0) parts.push(`upscaled: ${state.upscaled.join(', ')}`);
  return `${parts.join('; ')}.`;
}

/**
 * The pack's way out: what new picture is asked for, the Export button, the one confirmation
 * before anything is paid (Cancel, focused first, pays nothing), and where the export is.
 */
export function ExportBar({
  state,
  plan,
  extends: extending,
  disabled,
  onExport,
  onConfirm,
  onCancel,
}: ExportBarProps) {
  const id = useId();
  const prompt = usePackStore((s) => s.prompt);
  const quality = usePackStore((s) => s.quality);
  const setOptions = usePackStore((s) => s.setOptions);
  const working = state.step === 'preparing' || state.step === 'paying' || state.step === 'cutting';

  return (
    <footer className="pack-footer">
      {extending && (
        <div className="pack-options">
          <div className="field pack-prompt">
            <label className="field-label" htmlFor={`${id}-prompt`}>
              New picture prompt
            </label>
            <textarea
              id={`${id}-prompt`}
              className="input"
              rows={2}
              value={prompt}
              onChange={(event) => setOptions({ prompt: event.target.value })}
            />
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-quality`}>
              New picture quality
            </label>
            <select
              id={`${id}-quality`}
              className="input"
              value={quality}
              onChange={(event) => setOptions({ quality: Quality.parse(event.target.value) })}
            >
              {Quality.options.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      {state.step === 'confirm' ? (
        <section className="pack-confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <h3 id={`${id}-confirm`}>Pay for new picture?</h3>
          <p className="pack-confirm-headline" data-testid="pack-confirm">
            {state.summary.headline}
          </p>
          <ul className="pack-confirm-jobs">
            {state.summary.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {state.problem && (
            <p role="alert" className="field-error">
              {state.problem}
            </p>
          )}
          <div className="pack-actions">
            <button type="button" className="button button-secondary" autoFocus onClick={onCancel}>
              Cancel
            </button>
            <button type="button" className="button button-primary" onClick={onConfirm}>
              Pay {state.pack.paid.length === 1 ? '1 job' : `${state.pack.paid.length} jobs`} and export
            </button>
          </div>
        </section>
      ) : (
        <div className="pack-actions">
          <p className="muted pack-plan" data-testid="pack-plan">
            {plan}
          </p>
          <button
            type="button"
            className="button button-primary"
            disabled={disabled || working}
            onClick={onExport}
          >
            {working ? 'Exporting…' : 'Export pack'}
          </button>
        </div>
      )}
      <div role="status" className="pack-status">
        {state.step === 'preparing' && 'Preparing the pack…'}
        {state.step === 'paying' &&
          `Making new picture: ${state.jobs} ${state.jobs === 1 ? 'job' : 'jobs'} running…`}
        {state.step === 'cutting' && 'Cutting and checking every file…'}
        {state.step === 'done' && doneWords(state)}
      </div>
      {state.step === 'done' && state.missing.length > 0 && (
        <p role="alert" className="field-error">
          Left out: {state.missing.join('; ')}.
        </p>
      )}
      {state.step === 'failed' && (
        <p role="alert" className="field-error">
          {state.message}
        </p>
      )}
    </footer>
  );
}
