import { useId } from 'react';
import {
  compressionApplies,
  validateSettings,
  type Background,
  type CatalogEntry,
  type JobSettings,
  type OutputFormat,
} from '../../../catalog/index.ts';
import { useCurrentEntry, useJobSettings, useUpdateSettings } from '../store.ts';
import { NumberField } from '../../../ui/NumberField.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { BACKGROUND_LABELS, FORMAT_LABELS, listFormats } from './labels.ts';

/** How many images, and the background, format and compression where the entry takes them. */
export function OutputPanel() {
  const entry = useCurrentEntry();
  const settings = useJobSettings();
  const update = useUpdateSettings();
  return (
    <Panel title="Output">
      <OutputFields entry={entry} settings={settings} update={update} />
    </Panel>
  );
}

type OutputFieldsProps = {
  entry: CatalogEntry;
  settings: JobSettings;
  update: (patch: Partial<JobSettings>) => void;
};

export function OutputFields({ entry, settings, update }: OutputFieldsProps) {
  const backgroundId = useId();
  const backgroundHintId = useId();
  const formatId = useId();
  const compressionId = useId();
  const compressionHintId = useId();

  const background = entry.background;
  const pngOnlyBlocked = background
    ? background.pngOnly.filter(
        (value) => background.values.includes(value) && settings.outputFormat !== 'png',
      )
    : [];
  const compression = entry.outputCompression;
  const compressionOn = compressionApplies(entry, settings.outputFormat);
  const nBroken = validateSettings(entry, settings).some((issue) => issue.field === 'n');

  return (
    <>
      <NumberField
        label="Variations"
        value={settings.n}
        min={entry.n.min}
        max={entry.n.max}
        onChange={(n) => update({ n })}
        invalid={nBroken}
      />

      {background && (
        <div className="field">
          <label className="field-label" htmlFor={backgroundId}>
            Background
          </label>
          <select
            id={backgroundId}
            className="input"
            value={settings.background}
            aria-describedby={pngOnlyBlocked.length > 0 ? backgroundHintId : undefined}
            onChange={(event) => update({ background: event.target.value as Background })}
          >
            {background.values.map((value) => (
              <option key={value} value={value} disabled={pngOnlyBlocked.includes(value)}>
                {BACKGROUND_LABELS[value]}
              </option>
            ))}
          </select>
          {pngOnlyBlocked.length > 0 && (
            <p id={backgroundHintId} className="field-hint">
              {pngOnlyBlocked.map((value) => BACKGROUND_LABELS[value]).join(', ')} needs PNG output; choose
              PNG as the format to use it.
            </p>
          )}
        </div>
      )}

      {entry.outputFormat && (
        <div className="field">
          <label className="field-label" htmlFor={formatId}>
            Format
          </label>
          <select
            id={formatId}
            className="input"
            value={settings.outputFormat}
            onChange={(event) => update({ outputFormat: event.target.value as OutputFormat })}
          >
            {entry.outputFormat.values.map((value) => (
              <option key={value} value={value}>
                {FORMAT_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
      )}

      {compression && (
        <div className="field">
          <div className="field-row">
            <label className="field-label" htmlFor={compressionId}>
              Compression
            </label>
            {/* A span, not <output>: that element is a live status region and would chatter while dragging. */}
            <span className="slider-value" aria-hidden="true">
              {compressionOn ? settings.outputCompression : '—'}
            </span>
          </div>
          <input
            id={compressionId}
            className="slider"
            type="range"
            min={compression.min}
            max={compression.max}
            step={1}
            value={settings.outputCompression}
            disabled={!compressionOn}
            aria-describedby={compressionHintId}
            onChange={(event) => update({ outputCompression: Number(event.target.value) })}
          />
          <p id={compressionHintId} className="field-hint">
            {compressionOn
              ? 'Higher keeps more detail in a larger file.'
              : `Applies to ${listFormats(compression.formats)} only.`}
          </p>
        </div>
      )}
    </>
  );
}
