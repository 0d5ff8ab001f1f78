import { useId, useState, type ReactNode } from 'react';

type NumberFieldProps = {
  label: string;
  value: number;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
  step?: number;
  suffix?: ReactNode;
  describedBy?: string;
  invalid?: boolean;
};

/**
 * A whole-number input that lets the text be empty or half-typed while editing: only whole
 * numbers reach `onChange`, and leaving the field shows the stored value again.
 */
export function NumberField({
  label,
  value,
  onChange,
  min,
  max,
  step,
  suffix,
  describedBy,
  invalid,
}: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setDraft(String(value));
  }
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="number-field">
        <input
          id={id}
          className="input"
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={step}
          value={draft}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => {
            const text = event.target.value;
            setDraft(text);
            const parsed = Number(text);
            if (text.trim() !== '' && Number.isInteger(parsed)) {
              setShown(parsed);
              onChange(parsed);
            }
          }}
          onBlur={() => setDraft(String(value))}
        />
        {suffix && <span className="number-suffix">{suffix}</span>}
      </div>
    </div>
  );
}
