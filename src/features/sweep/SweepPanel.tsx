import { useId } from 'react';
import { lazyOnIdle } from '../../ui/lazy-on-idle.tsx';
import { useSweepSetup } from './store.ts';
import './sweep.css';

// The setup (variants, preflight, price) arrives when the page is idle or the disclosure first opens.
const SweepSetup = lazyOnIdle(() => import('./SweepSetup.tsx').then((m) => m.SweepSetup));

/**
 * The sweep's place in the settings column: a disclosure that opens the setup (what to
 * vary, which values, the price), and the progress with one Cancel for every job of it.
 */
export function SweepPanel() {
  const setupId = useId();
  const open = useSweepSetup((s) => s.open);
  const toggleOpen = useSweepSetup((s) => s.toggleOpen);

  return (
    <section className="panel sweep-panel">
      <header className="panel-header">
        <h2 className="panel-title">
          <button
            type="button"
            className="sweep-toggle"
            aria-expanded={open}
            aria-controls={open ? setupId : undefined}
            onClick={toggleOpen}
          >
            <span className="sweep-toggle-mark" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            Sweep
          </button>
        </h2>
        {!open && <span className="field-hint">Compare 2–4 settings side by side</span>}
      </header>
      {open && <SweepSetup id={setupId} />}
    </section>
  );
}
