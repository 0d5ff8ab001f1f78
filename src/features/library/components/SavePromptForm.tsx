import { useId, useState } from 'react';
import { errorMessage } from '../../../api/client.ts';
import type { JobSettings } from '../../../catalog/index.ts';
import { useLibraryWrite } from '../api/use-library.ts';
import { parseTags } from '../filter.ts';
import { savePrompt, type PromptDraft } from '../repository.ts';

type SavePromptFormProps = { currentPrompt: string; currentSettings: JobSettings; now: () => number };

/** Saves the prompt being edited under a name, with tags and, if asked, the current settings. */
export function SavePromptForm({ currentPrompt, currentSettings, now }: SavePromptFormProps) {
  const id = useId();
  const [name, setName] = useState('');
  const [tags, setTags] = useState('');
  const [withSettings, setWithSettings] = useState(false);
  const save = useLibraryWrite((db, draft: PromptDraft) => savePrompt(db, draft, now()));
  const empty = currentPrompt.trim() === '';

  return (
    <form
      className="library-save"
      aria-label="Save the current prompt"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(
          {
            name,
            prompt: currentPrompt,
            tags: parseTags(tags),
            ...(withSettings ? { settings: currentSettings } : {}),
          },
          {
            onSuccess: () => {
              setName('');
              setTags('');
            },
          },
        );
      }}
    >
      <div className="field">
        <label className="field-label" htmlFor={`${id}-name`}>
          Name
        </label>
        <input
          id={`${id}-name`}
          className="input"
          value={name}
          required
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-tags`}>
          Tags
        </label>
        <input
          id={`${id}-tags`}
          className="input"
          value={tags}
          placeholder="product, studio"
          aria-describedby={`${id}-tags-hint`}
          onChange={(event) => setTags(event.target.value)}
        />
        <span id={`${id}-tags-hint`} className="field-hint">
          Separated by commas.
        </span>
      </div>
      <label className="library-check">
        <input
          type="checkbox"
          checked={withSettings}
          onChange={(event) => setWithSettings(event.target.checked)}
        />
        Save the current settings too
      </label>
      <div className="library-row">
        <button type="submit" className="button button-primary" disabled={empty || save.isPending}>
          Save prompt
        </button>
        {empty && <span className="field-hint">Write a prompt first.</span>}
      </div>
      {save.isError && (
        <p role="alert" className="field-error">
          {errorMessage(save.error)}
        </p>
      )}
      {save.isSuccess && (
        <p role="status" className="field-hint">
          Saved “{save.data.name}”.
        </p>
      )}
    </form>
  );
}
