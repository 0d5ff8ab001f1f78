import './mode-tabs.css';
import { useRef, type KeyboardEvent } from 'react';
import { MODES, type Mode } from '../../../catalog/index.ts';
import { useMode, useSettingsStore } from '../store.ts';
import { tabIndexForKey } from '../../../ui/tab-keys.ts';

const MODE_LABELS: Record<Mode, { label: string; hint: string }> = {
  generate: { label: 'Generate', hint: 'From a prompt' },
  edit: { label: 'Edit', hint: 'Change an image' },
  inpaint: { label: 'Inpaint', hint: 'Repaint a masked area' },
};

/** Generate, edit or inpaint: a tab row with arrow-key movement, as WAI-ARIA tabs expect. */
export function ModeTabs() {
  const mode = useMode();
  const setMode = useSettingsStore((s) => s.setMode);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const modes = MODES;

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const next = tabIndexForKey(event, index, modes.length);
    if (next === null) return;
    setMode(modes[next] ?? 'generate');
    tabs.current[next]?.focus();
  };

  return (
    <div className="mode-tabs" role="tablist" aria-label="Mode">
      {modes.map((m, index) => (
        <button
          key={m}
          ref={(el) => {
            tabs.current[index] = el;
          }}
          type="button"
          role="tab"
          className="mode-tab"
          aria-selected={m === mode}
          tabIndex={m === mode ? 0 : -1}
          onClick={() => setMode(m)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          <span className="mode-tab-label">{MODE_LABELS[m].label}</span>
          <small className="mode-tab-hint">{MODE_LABELS[m].hint}</small>
        </button>
      ))}
    </div>
  );
}
