import { useEffect } from 'react';
import { isTypingTarget } from '../../../ui/typing-target.ts';
import { useColumnsStore } from './columns-store.ts';
import type { ShownColumns } from './columns.ts';
import { isFocusKey } from './focus-key.ts';

/** F hides both side columns and brings them back; typed text and open dialogs keep their F. */
export function useFocusKey(shown: ShownColumns): void {
  const { settings, history } = shown;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isFocusKey(event) || isTypingTarget(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      useColumnsStore.getState().toggleFocus({ settings, history });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [settings, history]);
}
