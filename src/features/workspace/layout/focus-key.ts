import type { ShortcutRow } from '../../../ui/shortcut-row.ts';

/** The focus key as the shortcuts sheet lists it; `isFocusKey` is what it means. */
export const FOCUS_SHORTCUT: ShortcutRow = {
  keys: 'F',
  action: 'Focus: hide both side columns, or bring them back',
};

/** F alone; with Ctrl, ⌘ or Alt it stays the browser's (Ctrl+F finds in the page). */
export function isFocusKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  return (event.key === 'f' || event.key === 'F') && !event.ctrlKey && !event.metaKey && !event.altKey;
}
