import type { MouseEvent, ReactNode } from 'react';

/** Toolbar buttons keep the focus where it was, so a later Space pans instead of pressing them. */
export const keepFocus = (event: MouseEvent) => event.preventDefault();

/**
 * A button of the mask editor's chrome. With an icon (children) its name is the label, also
 * its tooltip with the shortcut; without, the label is its text.
 */
export function ToolbarButton(props: {
  label: string;
  shortcut?: string;
  keys?: string;
  pressed?: boolean;
  disabled?: boolean;
  /** Closes this popover (by id) when pressed. */
  closes?: string;
  onClick: () => void;
  children?: ReactNode;
}) {
  const { label, shortcut, keys, pressed, disabled, closes, onClick, children } = props;
  return (
    <button
      type="button"
      className="mask-toolbar__button"
      title={shortcut ? `${label} (${shortcut})` : label}
      aria-label={children ? label : undefined}
      aria-keyshortcuts={keys}
      aria-pressed={pressed}
      disabled={disabled}
      {...(closes ? { popoverTarget: closes, popoverTargetAction: 'hide' as const } : {})}
      onMouseDown={keepFocus}
      onClick={onClick}
    >
      {children ?? label}
    </button>
  );
}
