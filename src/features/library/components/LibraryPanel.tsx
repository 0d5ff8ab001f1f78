import { useId, useState } from 'react';
import { errorMessage } from '../../../api/client.ts';
import type { CatalogEntry, JobSettings } from '../../../catalog/index.ts';
import { useLibraryWrite, useRecentPrompts, useSavedPrompts } from '../api/use-library.ts';
import { deletePrompt } from '../repository.ts';
import { useCreditPrices } from '../../providers/index.lazy.ts';
import { runSummary } from '../run-summary.ts';
import type { SavedPrompt } from '../schema.ts';
import type { Combination } from '../variables.ts';
import { LibraryTransfer } from './LibraryTransfer.tsx';
import { RunCombinationsDialog } from './RunCombinationsDialog.tsx';
import { SavePromptForm } from './SavePromptForm.tsx';
import { SavedPrompts } from './SavedPrompts.tsx';
import { VariablesForm } from './VariablesForm.tsx';
import '../library.css';

export type LibraryPanelProps = {
  /** The prompt being written, which "Save prompt" keeps. */
  currentPrompt: string;
  /** The settings a run would use: saved with a prompt on request, and priced in the confirmation. */
  currentSettings: JobSettings;
  /** The catalog entry a run would use, for the credit estimate. */
  entry: CatalogEntry;
  /** Put a prompt (and a saved prompt's settings, if it has them) into the form. */
  onUse: (prompt: string, settings?: JobSettings) => void;
  /** Run one job per filled-in prompt with the current settings, after the user confirmed. */
  onRunCombinations: (items: { prompt: string; label: string }[]) => void;
  /** The clock, for tests; `Date.now` otherwise. */
  now?: () => number;
};

/** Saved prompts with `{variables}`, recent prompts, and the library's import and export. */
export function LibraryPanel({
  currentPrompt,
  currentSettings,
  entry,
  onUse,
  onRunCombinations,
  now = Date.now,
}: LibraryPanelProps) {
  const headingId = useId();
  const saved = useSavedPrompts();
  const recent = useRecentPrompts();
  const remove = useLibraryWrite((db, id: string) => deletePrompt(db, id));
  const [filling, setFilling] = useState<SavedPrompt | null>(null);
  const [confirming, setConfirming] = useState<Combination[] | null>(null);
  const prices = useCreditPrices();

  return (
    <section className="library-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="library-title">
        Prompt library
      </h2>
      <SavePromptForm currentPrompt={currentPrompt} currentSettings={currentSettings} now={now} />

      <h3 className="library-subtitle">Saved</h3>
      {saved.isError ? (
        <p role="alert" className="field-error">
          {errorMessage(saved.error)}
        </p>
      ) : (
        <SavedPrompts
          prompts={saved.data ?? []}
          onUse={onUse}
          onFill={setFilling}
          onDelete={(prompt) => {
            if (filling?.id === prompt.id) setFilling(null);
            remove.mutate(prompt.id);
          }}
        />
      )}
      {remove.isError && (
        <p role="alert" className="field-error">
          {errorMessage(remove.error)}
        </p>
      )}
      {filling && (
        <VariablesForm
          key={filling.id}
          saved={filling}
          onUse={onUse}
          onRun={setConfirming}
          onClose={() => setFilling(null)}
        />
      )}

      <h3 className="library-subtitle">Recent</h3>
      {recent.isError ? (
        <p role="alert" className="field-error">
          {errorMessage(recent.error)}
        </p>
      ) : (recent.data ?? []).length === 0 ? (
        <p className="muted">Prompts you run appear here.</p>
      ) : (
        <ul className="library-list" aria-label="Recent prompts">
          {(recent.data ?? []).map((item) => (
            <li key={item.prompt} className="library-item library-recent">
              <p className="library-text">{item.prompt}</p>
              <button
                type="button"
                className="button button-small"
                aria-label={`Use recent prompt: ${item.prompt}`}
                onClick={() => onUse(item.prompt)}
              >
                Use
              </button>
            </li>
          ))}
        </ul>
      )}

      <LibraryTransfer />

      {confirming && (
        <RunCombinationsDialog
          items={confirming}
          summary={runSummary(entry, currentSettings, confirming.length, prices)}
          onConfirm={() => onRunCombinations(confirming)}
          onClose={() => setConfirming(null)}
        />
      )}
    </section>
  );
}
