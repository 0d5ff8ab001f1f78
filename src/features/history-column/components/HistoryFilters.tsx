import { useId } from 'react';
import { MODES } from '../../../catalog/index.ts';
import { Mode } from '../../../catalog/schema.ts';
import { prepareHistorySearch } from '../../history/index.lazy.ts';
import { HISTORY_MODELS, MODE_LABELS } from '../labels.ts';

export type FilterValues = { search: string; mode: Mode | ''; model: string; starredOnly: boolean };

type HistoryFiltersProps = { values: FilterValues; onChange: (values: FilterValues) => void };

/** Search by prompt and narrow by mode, model and stars. */
export function HistoryFilters({ values, onChange }: HistoryFiltersProps) {
  const id = useId();
  const set = (patch: Partial<FilterValues>) => onChange({ ...values, ...patch });
  return (
    <div className="history-filters" role="search">
      <label htmlFor={`${id}-search`} className="visually-hidden">
        Search history
      </label>
      <input
        id={`${id}-search`}
        type="search"
        value={values.search}
        placeholder="Words in the prompt"
        onFocus={prepareHistorySearch}
        onChange={(event) => set({ search: event.target.value })}
      />
      <div className="history-filter-row">
        <label htmlFor={`${id}-mode`} className="visually-hidden">
          Filter by mode
        </label>
        <select
          id={`${id}-mode`}
          value={values.mode}
          onChange={(event) => set({ mode: parseMode(event.target.value) })}
        >
          <option value="">All modes</option>
          {MODES.map((mode) => (
            <option key={mode} value={mode}>
              {MODE_LABELS[mode]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-model`} className="visually-hidden">
          Filter by model
        </label>
        <select
          id={`${id}-model`}
          value={values.model}
          onChange={(event) => set({ model: event.target.value })}
        >
          <option value="">All models</option>
          {HISTORY_MODELS.map((model) => (
            <option key={model} value={model}>
              {model}
            </option>
          ))}
        </select>
        <label className="history-check">
          <input
            type="checkbox"
            checked={values.starredOnly}
            onChange={(event) => set({ starredOnly: event.target.checked })}
          />
          Starred only
        </label>
      </div>
    </div>
  );
}

function parseMode(value: string): Mode | '' {
  const parsed = Mode.safeParse(value);
  return parsed.success ? parsed.data : '';
}
