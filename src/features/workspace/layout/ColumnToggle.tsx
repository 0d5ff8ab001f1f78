import { IconButton } from '../../../ui/IconButton.tsx';
import { useColumnsStore } from './columns-store.ts';
import type { Column, ShownColumns } from './columns.ts';

const WORDS: Record<Column, { name: string; what: string }> = {
  settings: { name: 'Settings column', what: 'the settings' },
  history: { name: 'History column', what: 'the history' },
};

type ToggleProps = {
  column: Column;
  shown: ShownColumns;
  /** The id of the column's content, which the toggle hides and shows. */
  controls: string;
};

/**
 * The header's switch for a side column, drawn where the column sits (as an editor's title
 * bar does): collapses it to a slim rail or opens it again; the choice is remembered.
 */
export function ColumnToggle({ column, shown, controls }: ToggleProps) {
  const open = shown[column] === 'open';
  const { name, what } = WORDS[column];
  return (
    <IconButton
      icon={column === 'settings' ? 'columnLeft' : 'columnRight'}
      className="column-toggle"
      label={name}
      title={open ? `Hide ${what} (F hides both columns)` : `Show ${what}`}
      aria-expanded={open}
      aria-controls={controls}
      onClick={() => useColumnsStore.getState().toggle(column, shown)}
    />
  );
}

/** The collapsed column's own way back: a chevron at the top of its rail. */
export function ColumnExpand({ column, shown }: Omit<ToggleProps, 'controls'>) {
  const { what } = WORDS[column];
  return (
    <IconButton
      icon={column === 'settings' ? 'chevronRight' : 'chevronLeft'}
      className="column-expand"
      label={`Show ${what}`}
      onClick={() => useColumnsStore.getState().toggle(column, shown)}
    />
  );
}
