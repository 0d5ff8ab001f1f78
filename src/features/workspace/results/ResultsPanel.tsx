import { useId, useState } from 'react';
import { useJobRuns } from '../../jobs/job-runs.ts';
import type { Job } from '../../jobs/run-job.ts';
import type { JobResult } from '../../../wire/result.ts';
import { CompareDialog } from '../../images/CompareDialog.tsx';
import { useBoardActions } from '../../images/use-board-actions.ts';
import { useBoardMarks } from '../../images/use-board-marks.ts';
import { useHistoryJob } from '../../images/use-history-job.ts';
import { MAX_COMPARED, MIN_COMPARED, useCompareStore } from '../../compare/store.ts';
import { imageIdFor } from '../../history/index.ts';
import { tileAspect } from './aspect.ts';
import { Lightbox } from './Lightbox.tsx';
import { PendingTile, ResultTile } from './ResultTile.tsx';

/**
 * The latest job's images, kept on screen while the settings change; a running job shows
 * placeholders of the requested shape above them.
 */
export function ResultsPanel() {
  const headingId = useId();
  const { running, latest } = useJobRuns();

  return (
    <section className="results" aria-labelledby={headingId}>
      <header className="results-header">
        <h2 id={headingId} className="results-title">
          Results
        </h2>
        <BoardTools inpaint={latest?.job.entry.mode === 'inpaint'} />
      </header>

      {running && (
        <div className="result-set">
          <JobSummary job={running.job} />
          <div className="result-grid">
            {Array.from({ length: running.job.settings.n }, (_, i) => (
              <PendingTile key={i} aspect={tileAspect(undefined, running.job.settings.size)} />
            ))}
          </div>
        </div>
      )}

      {latest && <ResultSet key={latest.job.jobId} job={latest.job} result={latest.result} />}

      {!running && !latest && (
        <div className="results-empty">
          <p className="results-empty-title">No images yet</p>
          <p className="muted">Describe an image, pick a size, and press Generate (Ctrl / ⌘ + Enter).</p>
        </div>
      )}
    </section>
  );
}

function ResultSet({ job, result }: { job: Job; result: JobResult }) {
  const [open, setOpen] = useState<number | null>(null);
  const record = useHistoryJob(job.jobId).data;
  const selectedIds = useCompareStore((s) => s.selectedIds);
  const toggleSelected = useCompareStore((s) => s.toggleSelected);
  const { toggleStar, problem: markProblem } = useBoardMarks();
  const actions = useBoardActions();
  const count = result.images.length;
  return (
    <div className="result-set">
      <JobSummary job={job} result={result} />
      {actions.busy && (
        <p role="status" className="muted">
          Preparing the download…
        </p>
      )}
      {(actions.problem ?? markProblem) && (
        <p role="alert" className="run-error">
          {actions.problem ?? markProblem}
        </p>
      )}
      <div className="result-grid">
        {result.images.map((image, index) => {
          const id = imageIdFor(job.jobId, index);
          const stored = record?.images.find((candidate) => candidate.id === id);
          return (
            <ResultTile
              key={image.url}
              image={image}
              index={index}
              count={count}
              aspect={tileAspect(image, job.settings.size)}
              marks={{
                selected: selectedIds.includes(id),
                starred: stored?.starred ?? false,
                winner: stored?.winner ?? false,
              }}
              onOpen={() => setOpen(index)}
              onToggleSelect={() => toggleSelected(id)}
              onToggleStar={() => void toggleStar(id)}
              onDownload={() => void actions.download([id])}
              onUseAsSource={() => void actions.useAsSource(id)}
            />
          );
        })}
      </div>
      {open !== null && (
        <Lightbox images={result.images} index={open} onIndexChange={setOpen} onClose={() => setOpen(null)} />
      )}
    </div>
  );
}

/** Compare, download and "preserve outside mask" for the images picked on the board. */
function BoardTools({ inpaint }: { inpaint: boolean }) {
  const selectedIds = useCompareStore((s) => s.selectedIds);
  const clearSelection = useCompareStore((s) => s.clearSelection);
  const preserve = useCompareStore((s) => s.preserveOutsideMask);
  const setPreserve = useCompareStore((s) => s.setPreserveOutsideMask);
  const [comparing, setComparing] = useState(false);
  const actions = useBoardActions();
  const picked = selectedIds.length;
  return (
    <div className="results-tools">
      {inpaint && (
        <label className="switch-field">
          <input
            type="checkbox"
            role="switch"
            checked={preserve}
            onChange={(event) => setPreserve(event.target.checked)}
          />
          Preserve outside mask
        </label>
      )}
      {picked > 0 && <span className="muted">{picked} selected</span>}
      {actions.busy && (
        <span role="status" className="muted">
          Preparing the download…
        </span>
      )}
      <button
        type="button"
        className="button button-small"
        disabled={picked < MIN_COMPARED || picked > MAX_COMPARED}
        title={`Pick ${MIN_COMPARED} to ${MAX_COMPARED} images to compare`}
        onClick={() => setComparing(true)}
      >
        Compare{picked > 0 ? ` (${picked})` : ''}
      </button>
      <button
        type="button"
        className="button button-small"
        disabled={picked === 0 || actions.busy}
        onClick={() => void actions.download(selectedIds)}
      >
        Download selected
      </button>
      {picked > 0 && (
        <button type="button" className="button button-small button-secondary" onClick={clearSelection}>
          Clear selection
        </button>
      )}
      {actions.problem && (
        <p role="alert" className="run-error">
          {actions.problem}
        </p>
      )}
      {comparing && <CompareDialog onClose={() => setComparing(false)} />}
    </div>
  );
}

/** The prompt and the settings a set of images was made with. */
function JobSummary({ job, result }: { job: Job; result?: JobResult }) {
  const { settings, entry } = job;
  const facts = [entry.label, settings.size.replace('x', '×'), `${settings.quality} quality`];
  if (entry.outputFormat) facts.push(settings.outputFormat.toUpperCase());
  const credits = result?.credits;
  return (
    <div className="job-summary">
      <p className="job-prompt" title={settings.prompt}>
        {settings.prompt}
      </p>
      <p className="job-facts muted">
        {facts.join(' · ')}
        {credits?.used !== undefined && credits.limit !== undefined && (
          <>
            {' '}
            · {credits.used.toLocaleString('en-US')} of {credits.limit.toLocaleString('en-US')} credits used
          </>
        )}
        {credits?.job !== undefined && <> · {credits.job.toLocaleString('en-US')} credits</>}
      </p>
    </div>
  );
}
