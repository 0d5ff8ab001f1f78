import type { Mode } from '../../../catalog/index.ts';
import { isOneOf, isRecord } from '../../../wire/plain-guards.ts';

/** The two side columns beside the stage. */
export type Column = 'settings' | 'history';
const SHOWN = ['open', 'collapsed'] as const;
type Shown = (typeof SHOWN)[number];

/**
 * What the user chose for the side columns, kept across reloads. The history has no choice
 * until the user makes one: then it follows the mode and the width (see `shownColumns`).
 */
export type ColumnChoices = {
  settings: Shown;
  history?: Shown;
  /** The focus key hid both; pressing it again brings back what was shown before. */
  focus: boolean;
};

/**
 * The choices out of anything (what localStorage gave back, or the store's state with its
 * actions): each field that does not fit falls back on its own. Plain, since it runs before
 * the first paint.
 */
export function readColumnChoices(value: unknown): ColumnChoices {
  const record = isRecord(value) ? value : {};
  return {
    settings: isOneOf(SHOWN, record.settings) ? record.settings : 'open',
    history: isOneOf(SHOWN, record.history) ? record.history : undefined,
    focus: typeof record.focus === 'boolean' ? record.focus : false,
  };
}

export type ShownColumns = Record<Column, Shown>;

/**
 * Which columns are shown. Until the user opens or closes the history, Inpaint on a window
 * under `ROOMY_WIDTH` keeps it collapsed: there the mask canvas needs the room.
 */
export function shownColumns(choices: ColumnChoices, mode: Mode, roomy: boolean): ShownColumns {
  if (choices.focus) return { settings: 'collapsed', history: 'collapsed' };
  return {
    settings: choices.settings,
    history: choices.history ?? (mode === 'inpaint' && !roomy ? 'collapsed' : 'open'),
  };
}

/** Wide enough that the mask canvas has half the window with both columns open. */
export const ROOMY_WIDTH = 1600;

/**
 * A column's toggle pressed. Out of focus mode, only that column changes; in it, the column
 * asked for opens and the other stays hidden.
 */
export function toggleColumn(choices: ColumnChoices, shown: ShownColumns, column: Column): ColumnChoices {
  const next = shown[column] === 'open' ? 'collapsed' : 'open';
  if (!choices.focus)
    return column === 'settings' ? { ...choices, settings: next } : { ...choices, history: next };
  return column === 'settings'
    ? { settings: next, history: 'collapsed', focus: false }
    : { settings: 'collapsed', history: next, focus: false };
}

/**
 * The focus key: hides both columns while one is shown; pressed again, brings back what was
 * shown before, or both when both had been collapsed by hand.
 */
export function toggleFocus(choices: ColumnChoices, shown: ShownColumns): ColumnChoices {
  if (shown.settings === 'open' || shown.history === 'open') return { ...choices, focus: true };
  const before = { ...choices, focus: false };
  if (before.settings === 'collapsed' && before.history === 'collapsed')
    return { settings: 'open', history: 'open', focus: false };
  return before;
}
