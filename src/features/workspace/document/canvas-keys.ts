import type { ShortcutRow } from '../../../ui/shortcut-row.ts';

/** What a key asks of the document on the canvas and the candidates waiting on it. */
export type CanvasCommand =
  'previous' | 'next' | 'accept' | 'discard' | 'discard-all' | 'peek' | 'undo' | 'redo';

type KeyLike = { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean };

/** The candidate keys, without modifiers, and how the shortcuts sheet names them: the one table both read. */
const CANDIDATE_KEYS: readonly {
  keys: readonly string[];
  shown: string;
  action: string;
  command: CanvasCommand;
}[] = [
  { keys: ['arrowleft'], shown: '←', action: 'Previous candidate', command: 'previous' },
  { keys: ['arrowright'], shown: '→', action: 'Next candidate', command: 'next' },
  { keys: ['enter'], shown: 'Enter', action: 'Accept the candidate as a layer', command: 'accept' },
  { keys: ['x', 'delete'], shown: 'X or Delete', action: 'Discard the candidate', command: 'discard' },
  { keys: ['escape'], shown: 'Esc', action: 'Discard every candidate', command: 'discard-all' },
  { keys: ['h'], shown: 'H (hold)', action: 'See the document without the candidate', command: 'peek' },
];

const PLAIN: Record<string, CanvasCommand> = Object.fromEntries(
  CANDIDATE_KEYS.flatMap(({ keys, command }) => keys.map((key) => [key, command])),
);

export const CANVAS_SHORTCUTS: readonly ShortcutRow[] = [
  ...CANDIDATE_KEYS.map(({ shown, action }) => ({ keys: shown, action })),
  { keys: 'Ctrl / ⌘ + Alt + Z (Ctrl / ⌘ + Z in Edit)', action: 'Undo a document change' },
  { keys: 'Shift + Ctrl / ⌘ + Alt + Z', action: 'Redo a document change' },
];

/**
 * The command a key asks for. The document's undo is Ctrl/⌘+Alt+Z everywhere; plain Ctrl/⌘+Z
 * too where no mask is painted (in Inpaint it undoes the mask, as it always has).
 */
export function canvasCommandForKey(event: KeyLike, plainUndo: boolean): CanvasCommand | null {
  const key = event.key.toLowerCase();
  const mod = event.ctrlKey || event.metaKey;
  if (mod && key === 'z' && (event.altKey || plainUndo)) return event.shiftKey ? 'redo' : 'undo';
  if (mod || event.altKey) return null;
  return PLAIN[key] ?? null;
}

/** Candidate keys mean nothing without candidates. */
export const needsCandidates = (command: CanvasCommand): boolean => command !== 'undo' && command !== 'redo';
