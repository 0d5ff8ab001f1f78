/** The stage's shortcuts, for the shortcuts sheet (read from the tables the handlers use). */
export { CANVAS_SHORTCUTS } from './document/canvas-keys.ts';
export { FOCUS_SHORTCUT } from './layout/focus-key.ts';
export { RESULT_FOCUS_SHORTCUTS } from './results/focus-keys.ts';
