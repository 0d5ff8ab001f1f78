import { useId, useState } from 'react';
import { IssueList } from '../../../ui/IssueList.tsx';
import { usePackStore } from '../pack-store.ts';
import { targetProblems } from '../target-problems.ts';

/** Adds a target of the designer's own: a name and an exact pixel size. */
export function AddTarget() {
  const id = useId();
  const packName = usePackStore((s) => s.packName);
  const targets = usePackStore((s) => s.targets);
  const setPack = usePackStore((s) => s.setPack);
  const [name, setName] = useState('');
  const [width, setWidth] = useState('');
  const [height, setHeight] = useState('');
  const [problems, setProblems] = useState<string[]>([]);

  return (
    <form
      className="pack-add"
      aria-label="Add your own target"
      onSubmit={(event) => {
        event.preventDefault();
        const size = { width: Number(width), height: Number(height) };
        const found = targetProblems(name, size.width, size.height, targets);
        setProblems(found);
        if (found.length > 0) return;
        setPack(packName, [...targets, { id: crypto.randomUUID(), name: name.trim(), ...size }]);
        setName('');
      }}
    >
      <div className="field pack-add-name">
        <label className="field-label" htmlFor={`${id}-name`}>
          Target name
        </label>
        <input id={`${id}-name`} className="input" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      {(
        [
          ['Target width', width, setWidth],
          ['Target height', height, setHeight],
        ] as const
      ).map(([label, value, set]) => (
        <div key={label} className="field pack-add-side">
          <label className="field-label" htmlFor={`${id}-${label}`}>
            {label}
          </label>
          <input
            id={`${id}-${label}`}
            className="input"
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={value}
            onChange={(e) => set(e.target.value)}
          />
        </div>
      ))}
      <button type="submit" className="button button-small">
        Add target
      </button>
      <IssueList title="This target cannot be added:" issues={problems} alert />
    </form>
  );
}
