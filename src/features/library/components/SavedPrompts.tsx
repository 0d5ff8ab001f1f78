import { useId, useState } from 'react';
import type { JobSettings } from '../../../catalog/index.ts';
import { filterPrompts, libraryTags } from '../filter.ts';
import type { SavedPrompt } from '../schema.ts';
import { promptVariables } from '../variables.ts';

type SavedPromptsProps = {
  prompts: readonly SavedPrompt[];
  onUse: (prompt: string, settings?: JobSettings) => void;
  onFill: (saved: SavedPrompt) => void;
  onDelete: (saved: SavedPrompt) => void;
};

/** The saved prompts, searchable and filtered by tag; each can be used, filled in or deleted. */
export function SavedPrompts({ prompts, onUse, onFill, onDelete }: SavedPromptsProps) {
  const id = useId();
  const [search, setSearch] = useState('');
  const [tag, setTag] = useState('');
  /** The prompt whose Delete was pressed once: a second, explicit press deletes it. */
  const [deleting, setDeleting] = useState<string | null>(null);
  const tags = libraryTags(prompts);
  const shown = filterPrompts(prompts, { search, tag: tags.includes(tag) ? tag : '' });

  return (
    <div className="library-saved">
      <div className="library-row">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-search`}>
            Search saved prompts
          </label>
          <input
            id={`${id}-search`}
            className="input"
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-tag`}>
            Tag
          </label>
          <select
            id={`${id}-tag`}
            className="input"
            value={tag}
            onChange={(event) => setTag(event.target.value)}
          >
            <option value="">All tags</option>
            {tags.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {prompts.length === 0 ? (
        <p className="muted">No saved prompts yet. Save the prompt you are writing to keep it here.</p>
      ) : shown.length === 0 ? (
        <p className="muted">No saved prompt matches.</p>
      ) : (
        <ul className="library-list" aria-label="Saved prompts">
          {shown.map((saved) => {
            const variables = promptVariables(saved.prompt);
            return (
              <li key={saved.id} className="library-item">
                <h4 className="library-name">{saved.name}</h4>
                <p className="library-text">{saved.prompt}</p>
                {(saved.tags.length > 0 || saved.settings) && (
                  <p className="field-hint">
                    {[
                      ...saved.tags.map((name) => `#${name}`),
                      ...(saved.settings ? ['with settings'] : []),
                    ].join(' · ')}
                  </p>
                )}
                <div className="library-row">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Use ${saved.name}`}
                    onClick={() => onUse(saved.prompt, saved.settings)}
                  >
                    Use
                  </button>
                  {variables.length > 0 && (
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={`Fill the variables of ${saved.name}`}
                      onClick={() => onFill(saved)}
                    >
                      Fill {variables.map((name) => `{${name}}`).join(' ')}
                    </button>
                  )}
                  {deleting === saved.id ? (
                    <span role="group" aria-label={`Confirm deleting ${saved.name}`} className="library-row">
                      <button
                        type="button"
                        className="button button-small button-primary"
                        onClick={() => {
                          setDeleting(null);
                          onDelete(saved);
                        }}
                      >
                        Delete for good
                      </button>
                      <button
                        type="button"
                        className="button button-small"
                        autoFocus
                        onClick={() => setDeleting(null)}
                      >
                        Keep
                      </button>
                    </span>
                  ) : (
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={`Delete ${saved.name}`}
                      onClick={() => setDeleting(saved.id)}
                    >
                      Delete
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
