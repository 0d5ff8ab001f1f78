import { useEffect, useRef, type DialogHTMLAttributes, type RefObject } from 'react';

type DialogProps = Omit<DialogHTMLAttributes<HTMLDialogElement>, 'open'> & {
  /** Called however it closes: Escape, a close button, or `dialogRef.current.close()`. */
  onClose: () => void;
  /** For a caller that closes it itself. */
  dialogRef?: RefObject<HTMLDialogElement | null>;
};

/**
 * A modal native `<dialog>`, open while it is mounted: the browser traps focus, restores it on
 * close, makes the page behind inert and closes on Escape.
 */
export function Dialog({ onClose, dialogRef, children, ...props }: DialogProps) {
  const own = useRef<HTMLDialogElement>(null);
  const ref = dialogRef ?? own;
  useEffect(() => {
    const element = ref.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, [ref]);
  return (
    <dialog ref={ref} onClose={onClose} {...props}>
      {children}
    </dialog>
  );
}
