import { useId, type ReactNode } from 'react';
import { COMPARE_MODES, type CompareMode } from '../store.ts';
import { zoomLabel, type ViewTransform } from '../view.ts';

const MODE_LABELS: Record<CompareMode, string> = {
  'side-by-side': 'Side by side',
  slider: 'Slider',
  difference: 'Difference',
};

type CompareToolbarProps = {
  mode: CompareMode;
  onModeChange: (mode: CompareMode) => void;
  view: ViewTransform;
  onZoomBy: (factor: number) => void;
  onFit: () => void;
  onActualSize: () => void;
  onClose: () => void;
  /** Mode-specific controls (threshold, inpaint switches). */
  children?: ReactNode;
};

const ZOOM_STEP = 1.25;

export function CompareToolbar({
  mode,
  onModeChange,
  view,
  onZoomBy,
  onFit,
  onActualSize,
  onClose,
  children,
}: CompareToolbarProps) {
  const name = useId();
  return (
    <div className="compare-toolbar">
      <div className="compare-modes" role="radiogroup" aria-label="Compare view">
        {COMPARE_MODES.map((value) => (
          <label key={value} className="compare-mode">
            <input
              type="radio"
              name={name}
              value={value}
              checked={mode === value}
              onChange={() => onModeChange(value)}
            />
            <span>{MODE_LABELS[value]}</span>
          </label>
        ))}
      </div>
      <div className="compare-zoom" role="group" aria-label="Zoom">
        <button
          type="button"
          className="compare-icon-button"
          aria-label="Zoom out"
          onClick={() => onZoomBy(1 / ZOOM_STEP)}
        >
          −
        </button>
        <output className="compare-zoom-level" aria-live="polite">
          {zoomLabel(view)}
        </output>
        <button
          type="button"
          className="compare-icon-button"
          aria-label="Zoom in"
          onClick={() => onZoomBy(ZOOM_STEP)}
        >
          +
        </button>
        <button type="button" className="compare-text-button" onClick={onFit}>
          Fit
        </button>
        <button
          type="button"
          className="compare-text-button"
          aria-label="Actual size, 1:1"
          onClick={onActualSize}
        >
          1:1
        </button>
      </div>
      {children}
      <button type="button" className="compare-text-button compare-close" onClick={onClose}>
        Close
      </button>
    </div>
  );
}

type RangeFieldProps = {
  label: string;
  value: number;
  min: number;
  max: number;
  unit: string;
  onChange: (value: number) => void;
  hint?: string;
};

/** A labelled range input with its value written out. */
export function RangeField({ label, value, min, max, unit, onChange, hint }: RangeFieldProps) {
  const id = useId();
  return (
    <span className="compare-range" title={hint}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      <span className="compare-range-value">
        {value}
        {unit}
      </span>
    </span>
  );
}
