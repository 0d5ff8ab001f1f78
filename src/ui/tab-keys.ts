import type { KeyboardEvent } from 'react';

/**
 * Arrow keys in a tab row, as WAI-ARIA tabs expect: left and right move (wrapping), Home and
 * End jump. Answers the index to select and focus, or null for any other key.
 */
export function tabIndexForKey(event: KeyboardEvent, index: number, count: number): number | null {
  const next =
    event.key === 'ArrowRight'
      ? index + 1
      : event.key === 'ArrowLeft'
        ? index - 1
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? count - 1
            : null;
  if (next === null) return null;
  event.preventDefault();
  return (next + count) % count;
}
