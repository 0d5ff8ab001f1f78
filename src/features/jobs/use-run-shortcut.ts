import { useEffect, useEffectEvent } from 'react';
import { isRunShortcut } from './run-words.ts';

/** Calls `onPress` on the run shortcut anywhere on the page, but not behind an open dialog. */
export function useRunShortcut(onPress: () => void): void {
  const pressed = useEffectEvent(onPress);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Behind an open dialog (lightbox, compare) the shortcut would start a job unseen.
      if (!isRunShortcut(event) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      pressed();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
