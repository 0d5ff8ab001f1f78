import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether an element is on screen or within `margin` of it. Without IntersectionObserver
 * everything counts as visible, which is correct, only less frugal.
 */
export function useVisible(ref: RefObject<Element | null>, margin = '300px'): boolean {
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1);
        if (entry) setVisible(entry.isIntersecting);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin]);
  return visible;
}
