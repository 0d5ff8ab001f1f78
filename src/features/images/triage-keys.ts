import type { ShortcutRow } from '../../ui/shortcut-row.ts';

/** What a key asks of the focused image in results, sweeps and the history. */
export type TriageCommand =
  | { type: 'move'; key: MoveKey }
  | { type: 'view' | 'star' | 'reject' | 'compare' | 'download' | 'use-as-source' }
  | { type: 'pick'; slot: number };

type MoveKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

type KeyEvent = { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean };

/** The triage keys and how the shortcuts sheet names them: the one table both read. */
const TABLE: readonly {
  keys: readonly string[];
  shown: string;
  action: string;
  command: (key: string) => TriageCommand;
}[] = [
  {
    keys: ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'],
    shown: '← → ↑ ↓',
    action: 'Move between images',
    command: (key) => ({ type: 'move', key: key as MoveKey }),
  },
  { keys: [' '], shown: 'Space', action: 'View large', command: () => ({ type: 'view' }) },
  { keys: ['s'], shown: 'S', action: 'Star or unstar', command: () => ({ type: 'star' }) },
  {
    keys: ['x'],
    shown: 'X',
    action: 'Reject, or take a rejection back (hidden until “Show rejected”)',
    command: () => ({ type: 'reject' }),
  },
  {
    keys: ['1', '2', '3', '4'],
    shown: '1 – 4',
    action: 'Pick for compare in that place (again to unpick)',
    command: (key) => ({ type: 'pick', slot: Number(key) - 1 }),
  },
  { keys: ['c'], shown: 'C', action: 'Compare the picked images', command: () => ({ type: 'compare' }) },
  { keys: ['d'], shown: 'D', action: 'Download', command: () => ({ type: 'download' }) },
  {
    keys: ['Enter'],
    shown: 'Enter',
    action: 'Use as source (opens it as a document)',
    command: () => ({ type: 'use-as-source' }),
  },
];

/** Every triage shortcut, for the shortcuts sheet. */
export const TRIAGE_SHORTCUTS: readonly ShortcutRow[] = TABLE.map(({ shown, action }) => ({
  keys: shown,
  action,
}));

/** The command a key press on a focused image asks for; keys with Ctrl, ⌘ or Alt stay the browser's. */
export function triageCommand(event: KeyEvent): TriageCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  const row = TABLE.find((candidate) => candidate.keys.includes(key));
  return row ? row.command(key) : null;
}

type Box = { x: number; y: number; width: number; height: number };

/**
 * Where an arrow key goes from item `from` among items laid out in reading order: left and
 * right step through them; up and down go to the nearest row above or below, to the item
 * closest in x. Stays put at the edges.
 */
export function moveTarget(boxes: readonly Box[], from: number, key: MoveKey): number {
  const here = boxes[from];
  if (!here) return from;
  if (key === 'ArrowLeft') return Math.max(0, from - 1);
  if (key === 'ArrowRight') return Math.min(boxes.length - 1, from + 1);
  const centre = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
  const origin = centre(here);
  const down = key === 'ArrowDown';
  let best = from;
  let bestScore = Infinity;
  boxes.forEach((box, index) => {
    const point = centre(box);
    const dy = down ? point.y - origin.y : origin.y - point.y;
    // Only items clearly in another row count (tiles of one row share their middle).
    if (dy <= here.height / 2) return;
    const score = dy * 10_000 + Math.abs(point.x - origin.x);
    if (score < bestScore) {
      bestScore = score;
      best = index;
    }
  });
  return best;
}
