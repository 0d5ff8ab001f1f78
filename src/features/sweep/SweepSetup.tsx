import './sweep.css';
import { useId } from 'react';
import { useJobs, useRunningJobs } from '../jobs/index.lazy.ts';
import { creditsText } from './preflight.ts';
import { useSweepSetup } from './store.ts';
import { useSweepPlan } from './use-sweep-plan.ts';
import { SweepDimension, type SweepChoice } from './variants.ts';
import { IssueList } from '../../ui/IssueList.tsx';

const DIMENSION_WORDS: Record<SweepDimension, { option: string; legend: string }> = {
  quality: { option: 'Quality', legend: 'Qualities to compare' },
  size: { option: 'Size', legend: 'Sizes to compare' },
  model: { option: 'Model', legend: 'Models to compare' },
};

/** What to vary, which values, and the price: the sweep's setup once its disclosure is open. */
export function SweepSetup() {
  const varyId = useId();
  const issuesId = useId();
  const plan = useSweepPlan();
  const setDimension = useSweepSetup((s) => s.setDimension);
  const setPicks = useSweepSetup((s) => s.setPicks);
  const { dimension, choices, picks, limits, issues } = plan;
  const { run } = useJobs();
  const running = useRunningJobs();
  const canRun = issues.length === 0 && !running;

  const toggle = (value: string, checked: boolean) =>
    setPicks(dimension, checked ? [...picks, value] : picks.filter((pick) => pick !== value));

  return (
    <div className="sweep-setup">
      <p className="field-hint">
        Runs this prompt once per picked value, each as its own paid job, and shows the results side by side.
      </p>
      <div className="field">
        <label className="field-label" htmlFor={varyId}>
          Vary
        </label>
        <select
          id={varyId}
          className="input"
          value={dimension}
          onChange={(event) => setDimension(SweepDimension.parse(event.target.value))}
        >
          {SweepDimension.options.map((option) => (
            <option key={option} value={option} disabled={!plan.available.includes(option)}>
              {DIMENSION_WORDS[option].option}
            </option>
          ))}
        </select>
        {plan.unavailable.map((reason) => (
          <p key={reason} className="field-hint">
            {reason}
          </p>
        ))}
      </div>

      <fieldset className="sweep-choices">
        <legend className="field-label">
          {DIMENSION_WORDS[dimension].legend} ({limits.min}–{limits.max})
        </legend>
        {choices.map((choice) => {
          const checked = picks.includes(choice.value);
          return (
            <ChoiceRow
              key={choice.value}
              choice={choice}
              checked={checked}
              disabled={!checked && picks.length >= limits.max}
              onChange={(next) => toggle(choice.value, next)}
            />
          );
        })}
      </fieldset>

      {plan.variants.length > 0 && <p className="sweep-credits">{creditsText(plan.credits)}</p>}
      {plan.fullMask && (
        <p className="field-hint">The mask covers the whole image, so every pixel will be regenerated.</p>
      )}

      <IssueList id={issuesId} title="Before you can run the sweep:" issues={issues} />

      <button
        type="button"
        className="button button-primary sweep-run-button"
        disabled={!canRun}
        aria-describedby={issues.length > 0 ? issuesId : undefined}
        onClick={() =>
          void run(
            plan.variants.map((variant) => ({
              entry: variant.entry,
              settings: variant.settings,
              source: variant.entry.needsSource ? plan.source : null,
              mask: variant.entry.needsMask ? plan.ops : null,
              label: variant.label,
            })),
            'sweep',
          )
        }
      >
        Run sweep
      </button>
    </div>
  );
}

type ChoiceRowProps = {
  choice: SweepChoice;
  checked: boolean;
  disabled: boolean;
  onChange: (checked: boolean) => void;
};

/** A checkbox named by the choice alone; its hint (current, price, shape) is its description. */
function ChoiceRow({ choice, checked, disabled, onChange }: ChoiceRowProps) {
  const hintId = useId();
  return (
    <div className="sweep-choice">
      <label>
        <input
          type="checkbox"
          checked={checked}
          disabled={disabled}
          aria-describedby={choice.hint ? hintId : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span>{choice.label}</span>
      </label>
      {choice.hint && (
        <span id={hintId} className="field-hint">
          {choice.hint}
        </span>
      )}
    </div>
  );
}
