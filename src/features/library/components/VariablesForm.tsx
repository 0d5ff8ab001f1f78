import { useId, useState } from 'react';
import type { JobSettings } from '../../../catalog/index.ts';
import type { SavedPrompt } from '../schema.ts';
import { expandPrompt, promptVariables, splitValues, type Combination } from '../variables.ts';

type VariablesFormProps = {
  saved: SavedPrompt;
  onUse: (prompt: string, settings?: JobSettings) => void;
  /** Asks to run every combination (the panel confirms first). */
  onRun: (items: Combination[]) => void;
  onClose: () => void;
};

/** One field per `{variable}`; several values (one per line, or a comma list) run every combination. */
export function VariablesForm({ saved, onUse, onRun, onClose }: VariablesFormProps) {
  const id = useId();
  const names = promptVariables(saved.prompt);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const values = Object.fromEntries(names.map((name) => [name, splitValues(texts[name] ?? '')]));
  const expansion = expandPrompt(saved.prompt, values);
  const count = expansion.ok ? expansion.items.length : 0;
  const only = expansion.ok && count === 1 ? expansion.items[0] : undefined;

  return (
    <form
      className="library-variables"
      aria-label={`Fill the variables of ${saved.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (expansion.ok) onRun(expansion.items);
      }}
    >
      <p className="muted">{saved.prompt}</p>
      {names.map((name, i) => (
        <div className="field" key={name}>
          <label className="field-label" htmlFor={`${id}-${i}`}>
            {name}
          </label>
          <textarea
            id={`${id}-${i}`}
            className="input"
            rows={2}
            // The form opens from a button in the list: typing starts at once in its first field.
            autoFocus={i === 0}
            value={texts[name] ?? ''}
            aria-describedby={`${id}-hint`}
            onChange={(event) => setTexts((current) => ({ ...current, [name]: event.target.value }))}
          />
        </div>
      ))}
      <p id={`${id}-hint`} className="field-hint">
        One value per line, or several on one line separated by commas.
      </p>
      <p role="status" className={expansion.ok ? 'field-hint' : 'field-error'}>
        {expansion.ok ? `${count} ${count === 1 ? 'combination' : 'combinations'}` : expansion.message}
      </p>
      <div className="library-row">
        <button
          type="button"
          className="button"
          disabled={!only}
          onClick={() => only && onUse(only.prompt, saved.settings)}
        >
          Use in the prompt
        </button>
        <button type="submit" className="button button-primary" disabled={!expansion.ok}>
          Run {count > 1 ? `${count} combinations` : 'it'}…
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          Close
        </button>
      </div>
    </form>
  );
}
