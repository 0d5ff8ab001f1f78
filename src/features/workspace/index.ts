/** What the stage shows: the source being edited, the current job's results, and their tools. */
export { Stage } from './Stage.tsx';
export { CANVAS_SHORTCUTS } from './document/canvas-keys.ts';
