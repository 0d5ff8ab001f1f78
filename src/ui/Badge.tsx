import { useId, type ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'live' | 'simulator' | 'danger';

type BadgeProps = { tone: BadgeTone; children: ReactNode; description?: string };

/** A short status word; its description shows on hover and focus and is read with the badge. */
export function Badge({ tone, children, description }: BadgeProps) {
  const descriptionId = useId();
  return (
    <span
      className={`badge badge-${tone}`}
      tabIndex={description ? 0 : undefined}
      aria-describedby={description ? descriptionId : undefined}
    >
      <span className="badge-dot" aria-hidden="true" />
      {children}
      {description && (
        <span id={descriptionId} role="tooltip" className="tooltip">
          {description}
        </span>
      )}
    </span>
  );
}
