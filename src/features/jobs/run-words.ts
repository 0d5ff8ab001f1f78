import type { ShortcutRow } from '../../ui/shortcut-row.ts';
import type { Mode } from '../../catalog/index.ts';

/** The run button's verb per mode, and the same verb while it runs. */
export const RUN_WORDS: Record<Mode, { action: string; ongoing: string }> = {
  generate: { action: 'Generate', ongoing: 'Generating' },
  edit: { action: 'Edit', ongoing: 'Editing' },
  inpaint: { action: 'Inpaint', ongoing: 'Inpainting' },
};

/** The run shortcut as the shortcuts sheet lists it; `isRunShortcut` below is what it means. */
export const RUN_SHORTCUT: ShortcutRow = {
  keys: 'Ctrl / ⌘ + Enter',
  action: 'Run: Generate, Edit or Inpaint (not while a dialog is open)',
};

/** Whether a key press is the run shortcut, Ctrl+Enter or ⌘+Enter. */
export function isRunShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
}
