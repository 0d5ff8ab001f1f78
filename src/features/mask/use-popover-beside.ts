import { useEffect, useRef } from 'react';

/** Room kept between a popover and the window's edge, and between it and its button. */
const MARGIN = 8;

/**
 * Places a popover beside the button that opens it (right of a rail button, or below a
 * toolbar button), kept inside the window; popovers otherwise open in the window's middle.
 */
export function usePopoverBeside<T extends HTMLElement>(side: 'right' | 'below') {
  const invoker = useRef<T>(null);
  const popover = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = popover.current;
    if (!element) return;
    const place = (event: Event) => {
      const button = invoker.current;
      if (!button || (event as ToggleEvent).newState !== 'open') return;
      const from = button.getBoundingClientRect();
      // Placed at the button before it shows, then kept inside the window once it has a size.
      const fit = () => {
        const { width, height } = element.getBoundingClientRect();
        const left = side === 'right' ? from.right + MARGIN : from.right - width;
        const top = side === 'right' ? from.top : from.bottom + MARGIN;
        element.style.left = `${Math.max(MARGIN, Math.min(left, window.innerWidth - width - MARGIN))}px`;
        element.style.top = `${Math.max(MARGIN, Math.min(top, window.innerHeight - height - MARGIN))}px`;
      };
      element.style.margin = '0';
      fit();
      requestAnimationFrame(fit);
    };
    element.addEventListener('beforetoggle', place);
    return () => element.removeEventListener('beforetoggle', place);
  }, [side]);
  return { invoker, popover };
}
