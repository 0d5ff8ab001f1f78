import { useMode } from '../settings/index.ts';
import { lazyOnIdle } from '../../ui/lazy-on-idle.tsx';
import { RUN_WORDS } from './run-words.ts';

/**
 * The run button as it stands while its code and the query client arrive (asked for as the page
 * starts, so usually a blink): in its place, disabled, saying it is loading.
 */
function RunPanelLoading() {
  const words = RUN_WORDS[useMode()];
  return (
    <section className="run-panel" aria-label="Run" aria-busy="true">
      <div className="run-row">
        <button type="button" className="button button-primary run-button" disabled>
          {words.action}
        </button>
        <span className="credit-estimate" role="status">
          Loading…
        </span>
      </div>
    </section>
  );
}

export const RunPanel = lazyOnIdle(
  () => import('./RunPanel.tsx').then((m) => m.RunPanel),
  <RunPanelLoading />,
);
