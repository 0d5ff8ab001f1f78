/** The mask editor's keyboard shortcuts, as pure functions of the key event. */

export type MaskCommand =
  | 'brush'
  | 'eraser'
  | 'rect'
  | 'lasso'
  | 'polygon'
  | 'wand'
  | 'confirm'
  | 'cancel'
  | 'undo-point'
  | 'smaller'
  | 'larger'
  | 'undo'
  | 'redo'
  | 'invert'
  | 'fit'
  | 'actual-size'
  | 'zoom-in'
  | 'zoom-out';

export type KeyLike = { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean };

const PLAIN_KEYS: Record<string, MaskCommand> = {
  b: 'brush',
  e: 'eraser',
  r: 'rect',
  l: 'lasso',
  p: 'polygon',
  w: 'wand',
  enter: 'confirm',
  escape: 'cancel',
  backspace: 'undo-point',
  '[': 'smaller',
  ']': 'larger',
  x: 'invert',
  i: 'invert',
  '0': 'fit',
  '1': 'actual-size',
  '+': 'zoom-in',
  '=': 'zoom-in',
  '-': 'zoom-out',
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

function elementFacts(target: EventTarget | ElementLike | null): {
  tag: string;
  type: string;
  editable: boolean;
} {
  const element = (target && typeof target === 'object' ? target : {}) as ElementLike;
  return {
    tag: typeof element.tagName === 'string' ? element.tagName.toUpperCase() : '',
    type: typeof element.type === 'string' ? element.type.toLowerCase() : '',
    editable: element.isContentEditable === true,
  };
}

/** Whether keys pressed here are text being typed (then no shortcut applies). */
export function isTypingTarget(target: EventTarget | ElementLike | null): boolean {
  const { tag, type, editable } = elementFacts(target);
  return editable || tag === 'TEXTAREA' || tag === 'SELECT' || (tag === 'INPUT' && !NOT_TYPED.has(type));
}

const PRESSED_BY_SPACE = new Set(['button', 'checkbox', 'radio', 'submit', 'reset']);

/** Whether Space here belongs to the control (it presses a focused button), not to panning. */
export function isSpaceTarget(target: EventTarget | ElementLike | null): boolean {
  const { tag, type } = elementFacts(target);
  return isTypingTarget(target) || tag === 'BUTTON' || (tag === 'INPUT' && PRESSED_BY_SPACE.has(type));
}
