import { useId, useState, type ReactNode } from 'react';

type DisclosureProps = {
  title: string;
  /** Said beside the title while closed: what opening it offers. */
  hint?: string;
  /** Given with `onToggle` when the open state lives in a store (kept across reloads). */
  open?: boolean;
  onToggle?: () => void;
  children: ReactNode;
};

/**
 * A titled section of a column that opens on demand. Its content mounts only while open, so a
 * closed panel reads nothing (the library and the backup both open IndexedDB).
 */
export function Disclosure({ title, hint, open: given, onToggle, children }: DisclosureProps) {
  const contentId = useId();
  const [own, setOwn] = useState(false);
  const open = given ?? own;
  return (
    <section className="panel disclosure">
      <header className="panel-header">
        <h2 className="panel-title">
          <button
            type="button"
            className="disclosure-toggle"
            aria-expanded={open}
            aria-controls={open ? contentId : undefined}
            onClick={onToggle ?? (() => setOwn(!own))}
          >
            <span className="disclosure-mark" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            {title}
          </button>
        </h2>
        {!open && hint && <span className="field-hint">{hint}</span>}
      </header>
      {open && (
        <div id={contentId} className="disclosure-content">
          {children}
        </div>
      )}
    </section>
  );
}
