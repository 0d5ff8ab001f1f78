import { useEffect, useState } from 'react';
import { lazyOnIdle } from '../../ui/lazy-on-idle.tsx';
import { isTypingTarget } from '../../ui/typing-target.ts';
import { isHelpKey } from './help-keys.ts';

const ShortcutsDialog = lazyOnIdle(() =>
  import('./ShortcutsDialog.tsx').then((module) => module.ShortcutsDialog),
);

/**
 * The shortcuts sheet: opened with `?` (anywhere but a text field) or the header button. The
 * sheet's code arrives when the page is first idle, not with the first screen.
 */
export function ShortcutsSheet() {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isHelpKey(event) || isTypingTarget(event.target)) return;
      // Over another dialog (the large view, compare) the sheet would stack behind or above it.
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        className="button button-small"
        aria-keyshortcuts="?"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Shortcuts
      </button>
      {open && <ShortcutsDialog onClose={() => setOpen(false)} />}
    </>
  );
}
