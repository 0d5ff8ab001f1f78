import { Disclosure } from '../../ui/Disclosure.tsx';
import { lazyOnIdle } from '../../ui/lazy-on-idle.tsx';
import { useSweepSetup } from './store.ts';

// The setup (variants, preflight, price) arrives when the page is idle or the disclosure first opens.
const SweepSetup = lazyOnIdle(() => import('./SweepSetup.tsx').then((m) => m.SweepSetup));

/** The sweep's place in the settings column: a disclosure that opens the setup (what to vary, which values, the price). */
export function SweepPanel() {
  const open = useSweepSetup((s) => s.open);
  const toggleOpen = useSweepSetup((s) => s.toggleOpen);
  return (
    <Disclosure title="Sweep" hint="Compare 2–4 settings side by side" open={open} onToggle={toggleOpen}>
      <SweepSetup />
    </Disclosure>
  );
}
