import { useEffect, useState, type RefObject } from 'react';

type Watch = (visible: boolean) => void;

/**
 * One observer per margin for every element watched with it: a screen of cards mounts and
 * unmounts dozens of thumbnails at once, and an observer each made that cost more than the cards.
 */
const shared = new Map<string, { observer: IntersectionObserver; watching: Map<Element, Watch> }>();

function watch(element: Element, margin: string, onChange: Watch): () => void {
  let entry = shared.get(margin);
  if (!entry) {
    const watching = new Map<Element, Watch>();
    const observer = new IntersectionObserver(
      (changes) => changes.forEach((change) => watching.get(change.target)?.(change.isIntersecting)),
      { rootMargin: margin },
    );
    entry = { observer, watching };
    shared.set(margin, entry);
  }
  const { observer, watching } = entry;
  watching.set(element, onChange);
  observer.observe(element);
  return () => {
    watching.delete(element);
    observer.unobserve(element);
  };
}

/**
 * Whether an element is on screen or within `margin` of it. Without IntersectionObserver
 * everything counts as visible, which is correct, only less frugal.
 */
export function useVisible(ref: RefObject<Element | null>, margin = '300px'): boolean {
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    return watch(element, margin, setVisible);
  }, [ref, margin]);
  return visible;
}
