/** The mask editor's keyboard shortcuts, as pure functions of the key event. */

export type MaskCommand =
  'brush' | 'eraser' | 'rect' | 'smaller' | 'larger' | 'undo' | 'redo' | 'invert' | 'fit' | 'actual-size';

export type KeyLike = { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean };

const PLAIN_KEYS: Record<string, MaskCommand> = {
  b: 'brush',
  e: 'eraser',
  r: 'rect',
  '[': 'smaller',
  ']': 'larger',
  x: 'invert',
  i: 'invert',
  '0': 'fit',
  '1': 'actual-size',
};

/** The command a key press asks for, or null (browser shortcuts such as Ctrl+R stay the browser's). */
export function commandForKey(event: KeyLike): MaskCommand | null {
  const key = event.key.toLowerCase();
  const mod = event.ctrlKey || event.metaKey;
  if (mod && !event.altKey) {
    if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
    if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
    return null;
  }
  if (mod || event.altKey) return null;
  return PLAIN_KEYS[key] ?? null;
}

const NOT_TYPED = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

type ElementLike = { tagName?: unknown; type?: unknown; isContentEditable?: unknown };

/** Whether keys pressed here are text being typed (then no shortcut applies). */
export function isTypingTarget(target: EventTarget | ElementLike | null): boolean {
  if (!target || typeof target !== 'object') return false;
  const element = target as ElementLike;
  if (element.isContentEditable === true) return true;
  const tag = typeof element.tagName === 'string' ? element.tagName.toUpperCase() : '';
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NOT_TYPED.has(String(element.type).toLowerCase());
}

/** Whether Space here belongs to the control (it presses a focused button), not to panning. */
export function isSpaceTarget(target: EventTarget | ElementLike | null): boolean {
  if (isTypingTarget(target)) return true;
  if (!target || typeof target !== 'object') return false;
  const element = target as ElementLike;
  const tag = typeof element.tagName === 'string' ? element.tagName.toUpperCase() : '';
  return (
    tag === 'BUTTON' ||
    (tag === 'INPUT' && ['button', 'checkbox', 'radio', 'submit', 'reset'].includes(String(element.type)))
  );
}
