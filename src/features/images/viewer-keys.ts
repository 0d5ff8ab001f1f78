import type { ShortcutRow } from '../../ui/shortcut-row.ts';

type ViewerCommand = 'next' | 'previous' | 'fit' | 'actual-size' | 'zoom-in' | 'zoom-out';

/** The large view's keys and how the shortcuts sheet names them: the one table both read. */
const TABLE: readonly { keys: readonly string[]; shown: string; action: string; command: ViewerCommand }[] = [
  { keys: ['ArrowRight'], shown: '→', action: 'Next image', command: 'next' },
  { keys: ['ArrowLeft'], shown: '←', action: 'Previous image', command: 'previous' },
  { keys: ['0'], shown: '0', action: 'Fit', command: 'fit' },
  { keys: ['1'], shown: '1', action: 'Actual pixels (100 %)', command: 'actual-size' },
  { keys: ['+', '='], shown: '+', action: 'Zoom in', command: 'zoom-in' },
  { keys: ['-'], shown: '−', action: 'Zoom out', command: 'zoom-out' },
];

export const VIEWER_SHORTCUTS: readonly ShortcutRow[] = [
  ...TABLE.map(({ shown, action }) => ({ keys: shown, action })),
  { keys: 'Wheel', action: 'Zoom at the pointer' },
  { keys: 'Escape', action: 'Close' },
];

export function viewerCommand(key: string): ViewerCommand | null {
  return TABLE.find((row) => row.keys.includes(key))?.command ?? null;
}
