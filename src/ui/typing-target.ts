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
