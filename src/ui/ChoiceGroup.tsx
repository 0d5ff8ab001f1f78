import { useId } from 'react';

export type Choice<T extends string> = { value: T; label: string; hint?: string };

type ChoiceGroupProps<T extends string> = {
  label: string;
  /** Shown as the group's visible caption; false keeps it for screen readers only. */
  showLabel?: boolean;
  choices: readonly Choice<T>[];
  value: string;
  onChange: (value: T) => void;
};

/** A radio group drawn as a row of segments: one native radio per choice, so arrows and Tab work. */
export function ChoiceGroup<T extends string>({
  label,
  showLabel = true,
  choices,
  value,
  onChange,
}: ChoiceGroupProps<T>) {
  const name = useId();
  return (
    <fieldset className="choice-group">
      <legend className={showLabel ? 'field-label' : 'visually-hidden'}>{label}</legend>
      <div className="segments">
        {choices.map((choice) => (
          <label key={choice.value} className="segment">
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={choice.value === value}
              onChange={() => onChange(choice.value)}
            />
            <span className="segment-face">
              {choice.label}
              {choice.hint && <small className="segment-hint">{choice.hint}</small>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
