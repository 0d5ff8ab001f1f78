import { useLayoutEffect, useState, type RefObject } from 'react';

/** The nearest ancestor that scrolls vertically, or the page's own scroller. */
function scrollParentOf(element: Element): HTMLElement {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (/(auto|scroll|overlay)/.test(getComputedStyle(parent).overflowY)) return parent;
  }
  return document.scrollingElement instanceof HTMLElement ? document.scrollingElement : document.body;
}

/**
 * The element that scrolls `ref` (the layout decides: a column, a drawer, the page) and how
 * far down its content `ref` starts. Read again whenever the parent of `ref` changes size,
 * which is when what sits above it (notes, filters wrapping on a narrow screen) can move it.
 */
export function useScrollParent(ref: RefObject<HTMLElement | null>): {
  scroller: HTMLElement | null;
  offset: number;
} {
  const [found, setFound] = useState<{ scroller: HTMLElement | null; offset: number }>({
    scroller: null,
    offset: 0,
  });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const scroller = scrollParentOf(element);
      const offset = Math.round(
        element.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop,
      );
      setFound((last) =>
        last.scroller === scroller && last.offset === offset ? last : { scroller, offset },
      );
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element.parentElement ?? element);
    return () => observer.disconnect();
  }, [ref]);
  return found;
}
