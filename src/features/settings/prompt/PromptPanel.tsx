import { useId, useMemo } from 'react';
import { validateSettings } from '../../../catalog/index.ts';
import { useCurrentEntry, useJobSettings, useUpdateSettings } from '../store.ts';
import { Panel } from '../../../ui/Panel.tsx';
import { promptCount, promptLengthWarning } from './prompt-count.ts';

/** The prompt, kept exactly as typed: a limit shows as a warning, never as truncation. */
export function PromptPanel() {
  const id = useId();
  const counterId = useId();
  const entry = useCurrentEntry();
  const settings = useJobSettings();
  const update = useUpdateSettings();
  const warning = useMemo(() => promptLengthWarning(validateSettings(entry, settings)), [entry, settings]);

  return (
    <Panel title="Prompt">
      <div className="field">
        <label className="visually-hidden" htmlFor={id}>
          Prompt
        </label>
        <textarea
          id={id}
          className="input prompt-input"
          rows={6}
          placeholder="Describe the image: subject, setting, light, style…"
          value={settings.prompt}
          aria-describedby={counterId}
          aria-invalid={warning ? true : undefined}
          onChange={(event) => update({ prompt: event.target.value })}
        />
        <div className="prompt-footer">
          <span className="field-hint">Ctrl / ⌘ + Enter to run</span>
          <span id={counterId} className={warning ? 'counter counter-over' : 'counter'}>
            {promptCount(settings.prompt.length, entry.promptMax)}
          </span>
        </div>
        {warning && (
          <p role="alert" className="field-error">
            {warning}
          </p>
        )}
      </div>
    </Panel>
  );
}
