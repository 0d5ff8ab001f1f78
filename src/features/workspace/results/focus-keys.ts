import type { ShortcutRow } from '../../../ui/shortcut-row.ts';

type FocusCommand = 'previous' | 'next' | 'close';

/** The keys of a job's image open large in place, and how the shortcuts sheet names them. */
const TABLE: readonly { key: string; shown: string; action: string; command: FocusCommand }[] = [
  { key: 'ArrowLeft', shown: '←', action: "Previous of the job's images", command: 'previous' },
  { key: 'ArrowRight', shown: '→', action: "Next of the job's images", command: 'next' },
  { key: 'Escape', shown: 'Esc', action: 'Back to all the images of the job', command: 'close' },
];

export const RESULT_FOCUS_SHORTCUTS: readonly ShortcutRow[] = [
  { keys: 'Click or Space', action: 'Open an image large in place; on the large image, the zoomable view' },
  ...TABLE.map(({ shown, action }) => ({ keys: shown, action })),
];

/** What a key asks of the image open in place; with Ctrl, ⌘ or Alt it is someone else's. */
export function focusCommand(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): FocusCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  return TABLE.find((row) => row.key === event.key)?.command ?? null;
}
