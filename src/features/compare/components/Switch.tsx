type SwitchProps = { label: string; checked: boolean; onChange: (on: boolean) => void; description?: string };

/** An on/off control announced as a switch, with its state in aria-checked. */
export function Switch({ label, checked, onChange, description }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      className="compare-switch"
      title={description}
      onClick={() => onChange(!checked)}
    >
      <span className="compare-switch-track" aria-hidden="true">
        <span className="compare-switch-thumb" />
      </span>
      {label}
    </button>
  );
}
