import { useId } from 'react';
import { GPT_IMAGE_2_LIMITS, checkSize, type CatalogEntry } from '../../../catalog/index.ts';
import { NumberField } from '../../../ui/NumberField.tsx';
import { SIZE_PRESETS } from './presets.ts';
import { formatMegapixels, formatRatio, joinSize, snapTyped, splitSize } from './size-facts.ts';

type CustomSizeProps = { entry: CatalogEntry; size: string; onChange: (size: string) => void };

/** Any width × height within the entry's size rules: presets, typed values, and a snap to the nearest valid size. */
export function CustomSize({ entry, size, onChange }: CustomSizeProps) {
  const rulesId = useId();
  const typed = splitSize(size);
  const issues = checkSize(entry, size);
  const setEdge = (edge: 'width' | 'height') => (value: number) =>
    onChange(joinSize({ ...typed, [edge]: value }));

  return (
    <>
      <div className="preset-grid" role="group" aria-label="Size presets">
        {SIZE_PRESETS.map((preset) => (
          <button
            key={preset.id}
            type="button"
            className="preset"
            aria-pressed={preset.size === size}
            onClick={() => onChange(preset.size)}
          >
            <PresetShape size={preset.size} />
            <span className="preset-label">{preset.label}</span>
            <span className="preset-size">
              {preset.ratio} · {preset.size.replace('x', '×')}
            </span>
          </button>
        ))}
      </div>

      <div className="size-inputs">
        <NumberField
          label="Width"
          value={typed.width}
          onChange={setEdge('width')}
          min={GPT_IMAGE_2_LIMITS.block}
          max={GPT_IMAGE_2_LIMITS.maxEdge}
          step={GPT_IMAGE_2_LIMITS.block}
          suffix="px"
          describedBy={rulesId}
          invalid={issues.length > 0}
        />
        <button
          type="button"
          className="icon-button swap-button"
          aria-label="Flip orientation"
          title="Flip orientation (swap the two edges)"
          onClick={() => onChange(joinSize({ width: typed.height, height: typed.width }))}
        >
          ⇄
        </button>
        <NumberField
          label="Height"
          value={typed.height}
          onChange={setEdge('height')}
          min={GPT_IMAGE_2_LIMITS.block}
          max={GPT_IMAGE_2_LIMITS.maxEdge}
          step={GPT_IMAGE_2_LIMITS.block}
          suffix="px"
          describedBy={rulesId}
          invalid={issues.length > 0}
        />
      </div>

      <div className="size-facts">
        <span>{formatMegapixels(typed)}</span>
        <span aria-hidden="true">·</span>
        <span>{formatRatio(typed)}</span>
        <button
          type="button"
          className="button button-small"
          disabled={issues.length === 0}
          onClick={() => onChange(snapTyped(typed))}
        >
          Snap to valid
        </button>
      </div>

      <div id={rulesId}>
        {issues.length > 0 && (
          <div role="alert" className="field-error">
            <ul className="rule-list">
              {issues.map((issue) => (
                <li key={issue.rule}>{issue.message}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </>
  );
}

/** A small outline of the preset's proportions. */
function PresetShape({ size }: { size: string }) {
  const { width, height } = splitSize(size);
  const scale = 20 / Math.max(width, height);
  return (
    <span className="preset-shape" aria-hidden="true">
      <span style={{ width: Math.round(width * scale), height: Math.round(height * scale) }} />
    </span>
  );
}
