import { useEffect, useId, useRef } from 'react';
import type { ShortcutRow } from '../../ui/shortcut-row.ts';
import { TRIAGE_SHORTCUTS, VIEWER_SHORTCUTS } from '../images/index.lazy.ts';
import { RUN_SHORTCUT } from '../jobs/index.lazy.ts';
import { MASK_SHORTCUTS } from '../mask/index.lazy.ts';
import { CANVAS_SHORTCUTS, FOCUS_SHORTCUT, RESULT_FOCUS_SHORTCUTS } from '../workspace/index.lazy.ts';
import { HELP_SHORTCUT } from './help-keys.ts';
import './help.css';

/** Every shortcut list of the studio, each read from the module that handles those keys. */
const SECTIONS: readonly { title: string; rows: readonly ShortcutRow[] }[] = [
  { title: 'Anywhere', rows: [HELP_SHORTCUT, RUN_SHORTCUT, FOCUS_SHORTCUT] },
  { title: 'Results, sweeps and history (on a focused image)', rows: TRIAGE_SHORTCUTS },
  { title: 'Results on the stage', rows: RESULT_FOCUS_SHORTCUTS },
  { title: 'Large view', rows: VIEWER_SHORTCUTS },
  { title: 'Mask editor (Inpaint)', rows: MASK_SHORTCUTS },
  { title: 'Document and candidates (Edit and Inpaint)', rows: CANVAS_SHORTCUTS },
];

/** The sheet itself, a native modal dialog that Escape closes; mounted only while open. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  return (
    <dialog ref={dialog} className="shortcuts-sheet" aria-labelledby={titleId} onClose={onClose}>
      <header className="shortcuts-header">
        <h2 id={titleId}>Keyboard shortcuts</h2>
        <button
          type="button"
          className="button button-small"
          autoFocus
          onClick={() => dialog.current?.close()}
        >
          Close
        </button>
      </header>
      {SECTIONS.map((section) => (
        <section key={section.title} className="shortcuts-section" aria-label={section.title}>
          <h3>{section.title}</h3>
          <dl>
            {section.rows.map((row) => (
              <div key={`${row.keys} ${row.action}`} className="shortcuts-row">
                <dt>
                  <kbd>{row.keys}</kbd>
                </dt>
                <dd>{row.action}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </dialog>
  );
}
