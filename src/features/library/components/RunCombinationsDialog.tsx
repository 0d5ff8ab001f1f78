import { useId, useRef } from 'react';
import { Dialog } from '../../../ui/Dialog.tsx';
import type { Combination } from '../variables.ts';

type RunCombinationsDialogProps = {
  items: readonly Combination[];
  /** "4 jobs · 4 images · ≈ 32 credits". */
  summary: string;
  onConfirm: () => void;
  onClose: () => void;
};

/** Asks once before a fill starts one paid job per combination; Escape or Cancel backs out. */
export function RunCombinationsDialog({ items, summary, onConfirm, onClose }: RunCombinationsDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const summaryId = useId();

  return (
    <Dialog
      dialogRef={dialog}
      className="library-dialog"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      onClose={onClose}
    >
      <h3 id={titleId}>Run {items.length === 1 ? 'this prompt' : `${items.length} combinations`}?</h3>
      <p id={summaryId} className="library-summary">
        {summary}
      </p>
      <ul className="library-combinations">
        {items.map((item) => (
          <li key={item.prompt}>
            {item.label && <strong>{item.label}: </strong>}
            <span className="muted">{item.prompt}</span>
          </li>
        ))}
      </ul>
      <div className="library-row">
        <button type="button" className="button button-secondary" onClick={onClose} autoFocus>
          Cancel
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            onConfirm();
            onClose();
          }}
        >
          Run {items.length === 1 ? '1 job' : `${items.length} jobs`}
        </button>
      </div>
    </Dialog>
  );
}
