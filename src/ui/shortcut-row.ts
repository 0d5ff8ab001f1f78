/** One line of the shortcuts sheet: the keys as a person presses them, and what they do. */
export type ShortcutRow = { keys: string; action: string };
