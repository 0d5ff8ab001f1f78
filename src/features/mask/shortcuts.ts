import type { ShortcutRow } from '../../ui/shortcut-row.ts';

/** The mask editor's keyboard shortcuts, as pure functions of the key event. */

export type MaskCommand =
  | 'brush'
  | 'eraser'
  | 'rect'
  | 'lasso'
  | 'polygon'
  | 'wand'
  | 'confirm'
  | 'cancel'
  | 'undo-point'
  | 'smaller'
  | 'larger'
  | 'undo'
  | 'redo'
  | 'invert'
  | 'fit'
  | 'actual-size'
  | 'zoom-in'
  | 'zoom-out';

export type KeyLike = { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean };

/** The keys without modifiers, with how the shortcuts sheet names them: the one table both read. */
const PLAIN: readonly { keys: readonly string[]; shown: string; action: string; command: MaskCommand }[] = [
  { keys: ['b'], shown: 'B', action: 'Brush', command: 'brush' },
  { keys: ['e'], shown: 'E', action: 'Eraser', command: 'eraser' },
  { keys: ['r'], shown: 'R', action: 'Rectangle (Shift adds, Alt cuts)', command: 'rect' },
  { keys: ['l'], shown: 'L', action: 'Lasso (Shift adds, Alt cuts)', command: 'lasso' },
  { keys: ['p'], shown: 'P', action: 'Polygon: click points (Shift adds, Alt cuts)', command: 'polygon' },
  { keys: ['w'], shown: 'W', action: 'Magic wand (Shift adds, Alt cuts)', command: 'wand' },
  { keys: ['enter'], shown: 'Enter', action: 'Close the polygon', command: 'confirm' },
  { keys: ['escape'], shown: 'Esc', action: 'Cancel the polygon', command: 'cancel' },
  {
    keys: ['backspace'],
    shown: 'Backspace',
    action: "Remove the polygon's last point",
    command: 'undo-point',
  },
  { keys: ['['], shown: '[', action: 'Smaller brush', command: 'smaller' },
  { keys: [']'], shown: ']', action: 'Larger brush', command: 'larger' },
  { keys: ['x', 'i'], shown: 'X or I', action: 'Invert the mask', command: 'invert' },
  { keys: ['0'], shown: '0', action: 'Fit to screen', command: 'fit' },
  { keys: ['1'], shown: '1', action: 'Actual pixels (100 %)', command: 'actual-size' },
  { keys: ['+', '='], shown: '+', action: 'Zoom in', command: 'zoom-in' },
  { keys: ['-'], shown: '−', action: 'Zoom out', command: 'zoom-out' },
];

const PLAIN_KEYS: Record<string, MaskCommand> = Object.fromEntries(
  PLAIN.flatMap(({ keys, command }) => keys.map((key) => [key, command])),
);

/** Every shortcut of the mask editor, for the shortcuts sheet. */
export const MASK_SHORTCUTS: readonly ShortcutRow[] = [
  ...PLAIN.map(({ shown, action }) => ({ keys: shown, action })),
  { keys: 'Ctrl / ⌘ + Z', action: 'Undo' },
  { keys: 'Shift + Ctrl / ⌘ + Z, or Ctrl + Y', action: 'Redo' },
  { keys: 'Space + drag, or middle drag', action: 'Pan' },
  { keys: 'Wheel', action: 'Zoom at the pointer' },
];

/** The command a key press asks for, or null (browser shortcuts such as Ctrl+R stay the browser's). */
export function commandForKey(event: KeyLike): MaskCommand | null {
  const key = event.key.toLowerCase();
  const mod = event.ctrlKey || event.metaKey;
  if (mod && !event.altKey) {
    if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
    if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
    return null;
  }
  if (mod || event.altKey) return null;
  return PLAIN_KEYS[key] ?? null;
}
