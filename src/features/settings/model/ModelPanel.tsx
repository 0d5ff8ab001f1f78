import { useId } from 'react';

import { PROVIDER_LABELS, entriesForMode } from '../../../catalog/index.ts';
import { useCurrentEntry, useMode, useSelectEntry } from '../store.ts';
import { Panel } from '../../../ui/Panel.tsx';
import { ProviderBadge } from '../../providers/index.ts';

/** Picks the catalog entry (provider + model) for the current mode. */
export function ModelPanel() {
  const id = useId();
  const mode = useMode();
  const entry = useCurrentEntry();
  const selectEntry = useSelectEntry();
  const entries = entriesForMode(mode);

  return (
    <Panel title="Model" aside={<ProviderBadge provider={entry.provider} />}>
      <div className="field">
        <label className="visually-hidden" htmlFor={id}>
          Model
        </label>
        <select
          id={id}
          className="input"
          value={entry.id}
          onChange={(event) => selectEntry(event.target.value)}
        >
          {entries.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
        <p className="field-hint">
          {entry.model} via {PROVIDER_LABELS[entry.provider]}
        </p>
      </div>
    </Panel>
  );
}
