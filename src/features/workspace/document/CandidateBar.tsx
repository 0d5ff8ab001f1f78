import type { DocumentRecord } from '../../document/index.ts';
import {
  acceptCandidate,
  changeDocument,
  discardAllCandidates,
  discardCandidate,
  showCandidate,
} from '../../document/index.ts';
import { useRunAgain } from './use-run-again.ts';

/**
 * The staging area under the canvas: which candidate is on show ("2 / 4"), and what to do
 * with it. The keys do the same (use-canvas-keys.ts).
 */
export function CandidateBar({ doc }: { doc: DocumentRecord }) {
  const { candidates } = doc.content;
  const shown = candidates[doc.shown];
  const runAgain = useRunAgain(shown?.jobId);
  if (!shown) return null;
  const change = (operation: (d: DocumentRecord) => DocumentRecord) => changeDocument(doc.id, operation);
  return (
    <div className="candidate-bar" role="toolbar" aria-label="Candidates">
      <button
        type="button"
        className="button button-small button-secondary"
        aria-keyshortcuts="ArrowLeft"
        title="Previous candidate (←)"
        onClick={() => change((d) => showCandidate(d, -1))}
      >
        ← Previous
      </button>
      <span className="candidate-count" aria-live="polite" data-testid="candidate-count">
        {doc.shown + 1} / {candidates.length}
      </span>
      <button
        type="button"
        className="button button-small button-secondary"
        aria-keyshortcuts="ArrowRight"
        title="Next candidate (→)"
        onClick={() => change((d) => showCandidate(d, 1))}
      >
        Next →
      </button>
      <span className="candidate-prompt muted" title={shown.name}>
        {shown.kind === 'inpaint' ? 'Inpaint' : 'Edit'}: {shown.name}
      </span>
      <button
        type="button"
        className="button button-small"
        aria-keyshortcuts="Enter"
        title="Accept as a layer (Enter)"
        onClick={() => change((d) => acceptCandidate(d, crypto.randomUUID()))}
      >
        Accept
      </button>
      <button
        type="button"
        className="button button-small button-secondary"
        aria-keyshortcuts="X Delete"
        title="Discard this candidate (X or Delete)"
        onClick={() => change((d) => discardCandidate(d))}
      >
        Discard
      </button>
      <button
        type="button"
        className="button button-small button-secondary"
        aria-keyshortcuts="Escape"
        title="Discard every candidate (Esc)"
        onClick={() => change(discardAllCandidates)}
      >
        Discard all
      </button>
      <button
        type="button"
        className="button button-small button-secondary"
        disabled={!runAgain.ready}
        title="Run the same job again for more candidates"
        onClick={runAgain.run}
      >
        Run again
      </button>
      <span className="muted candidate-hint">Hold H to compare</span>
    </div>
  );
}
