import type { ButtonHTMLAttributes } from 'react';
import { Icon, type IconName } from './icons.tsx';

type IconButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> & {
  icon: IconName;
  /** The accessible name; also the tooltip unless `title` says more (a shortcut, say). */
  label: string;
};

/** A square button with an icon and a name for screen readers and the tooltip. */
export function IconButton({ icon, label, title, className, ...props }: IconButtonProps) {
  return (
    <button
      type="button"
      aria-label={label}
      title={title ?? label}
      className={className ? `icon-button ${className}` : 'icon-button'}
      {...props}
    >
      <Icon name={icon} />
    </button>
  );
}
