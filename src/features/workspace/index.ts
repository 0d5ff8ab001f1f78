/** What the stage shows: the source being edited, the current job's results, and their tools. */
export { Stage } from './Stage.tsx';
/** The side columns giving way to the stage: collapse each (remembered), or hide both with F. */
export { ColumnExpand, ColumnToggle } from './layout/ColumnToggle.tsx';
export { useShownColumns } from './layout/columns-store.ts';
export type { ShownColumns } from './layout/columns.ts';
export { useFocusKey } from './layout/use-focus-key.ts';
