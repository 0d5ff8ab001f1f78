import { useImagesStore } from '../../images/index.ts';
import { ShowRejectedSwitch, downloadPicked } from '../../images/index.lazy.ts';
import { MAX_COMPARED, MIN_COMPARED, compareStore, useCompareStore } from '../../compare/index.ts';

/** Compare, download and "preserve outside mask" for the images picked anywhere in the studio. */
export function BoardTools({ inpaint }: { inpaint: boolean }) {
  const selectedIds = useCompareStore((s) => s.selectedIds);
  const clearSelection = useCompareStore((s) => s.clearSelection);
  const preserve = useCompareStore((s) => s.preserveOutsideMask);
  const busy = useImagesStore((s) => s.busy);
  const picked = selectedIds.length;
  return (
    <div className="results-tools">
      {inpaint && (
        <label className="switch-field">
          <input
            type="checkbox"
            role="switch"
            checked={preserve}
            onChange={(event) => compareStore.getState().setPreserveOutsideMask(event.target.checked)}
          />
          Preserve outside mask
        </label>
      )}
      <ShowRejectedSwitch />
      {picked > 0 && <span className="muted">{picked} selected</span>}
      {busy && (
        <span role="status" className="muted">
          Preparing…
        </span>
      )}
      <button
        type="button"
        className="button button-small"
        disabled={picked < MIN_COMPARED || picked > MAX_COMPARED}
        title={`Pick ${MIN_COMPARED} to ${MAX_COMPARED} images to compare`}
        aria-keyshortcuts="C"
        onClick={() => useImagesStore.getState().setComparing(true)}
      >
        Compare{picked > 0 ? ` (${picked})` : ''}
      </button>
      <button
        type="button"
        className="button button-small"
        disabled={picked === 0 || busy}
        onClick={() => void downloadPicked(selectedIds)}
      >
        Download selected
      </button>
      {picked > 0 && (
        <button type="button" className="button button-small button-secondary" onClick={clearSelection}>
          Clear selection
        </button>
      )}
    </div>
  );
}
