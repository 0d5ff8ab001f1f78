/** The keyboard shortcuts sheet: every shortcut list of the studio, read from where each is handled. */
export { ShortcutsSheet } from './ShortcutsSheet.tsx';
