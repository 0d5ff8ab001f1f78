import { useState } from 'react';
import { useMode } from '../settings/index.ts';
import { lazyOnIdle } from '../../ui/lazy-on-idle.tsx';
import { askEarlyRun } from './early-run.ts';
import { RUN_WORDS } from './run-words.ts';
import { useRunShortcut } from './use-run-shortcut.ts';

/**
 * The run button as it stands while its code and the query client arrive (asked for as the page
 * starts, so usually a blink): in its place, disabled, saying it is loading. The run shortcut
 * pressed meanwhile is kept, and the panel runs it once it is there.
 */
function RunPanelLoading() {
  const words = RUN_WORDS[useMode()];
  const [asked, setAsked] = useState(false);
  useRunShortcut(() => {
    askEarlyRun();
    setAsked(true);
  });
  return (
    <section className="run-panel" aria-label="Run" aria-busy="true">
      <div className="run-row">
        <button type="button" className="button button-primary run-button" disabled>
          {words.action}
        </button>
        <span className="credit-estimate" role="status">
          {asked ? 'Loading… it runs once loaded' : 'Loading…'}
        </span>
      </div>
    </section>
  );
}

export const RunPanel = lazyOnIdle(
  () => import('./RunPanel.tsx').then((m) => m.RunPanel),
  <RunPanelLoading />,
);
