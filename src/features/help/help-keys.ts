import type { ShortcutRow } from '../../ui/shortcut-row.ts';

/** The key that opens the shortcuts sheet, as the sheet lists it; `isHelpKey` is what it means. */
export const HELP_SHORTCUT: ShortcutRow = { keys: '?', action: 'Show these shortcuts' };

export function isHelpKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  return event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey;
}
