import { useId } from 'react';
import { TriageArea, useImagesStore } from '../../images/index.ts';
import { useJobViews, useJobsStore, type JobGroup } from '../../jobs/index.ts';
import { BoardTools } from './BoardTools.tsx';
import { JobResults } from './JobResults.tsx';

const NO_JOBS: readonly string[] = [];

/**
 * The stage's results: the group of jobs the last click started (kept across reloads), one job
 * as a grid, a sweep or batch as columns side by side.
 */
export function GroupResults({ emptyHint }: { emptyHint: string }) {
  const headingId = useId();
  const group = useJobsStore((s) => s.current);
  const views = useJobViews(group?.jobIds ?? NO_JOBS);
  const problem = useImagesStore((s) => s.problem);
  const inpaint = views.some((view) => view.record.mode === 'inpaint');

  return (
    <section className="results" aria-labelledby={headingId}>
      <header className="results-header">
        <h2 id={headingId} className="results-title">
          Results
        </h2>
        <BoardTools inpaint={inpaint} />
      </header>
      {problem && (
        <p role="alert" className="run-error">
          {problem}
        </p>
      )}
      {views.length === 0 ? (
        <div className="results-empty">
          <p className="results-empty-title">No images yet</p>
          <p className="muted">{emptyHint}</p>
        </div>
      ) : (
        <TriageArea label="Result images" className="results-body" onView={openInPlace}>
          {group && group.kind !== 'single' ? (
            <Columns group={group} views={views} />
          ) : (
            views.map((view) => <JobResults key={view.jobId} view={view} heading="none" />)
          )}
        </TriageArea>
      )}
    </section>
  );
}

/**
 * Space on an image of a job with several does what a click does: opens it large in place, or
 * in the large view when it already is. A job's only image goes to the large view with every
 * image on the stage, as in the history.
 */
function openInPlace(item: HTMLElement): boolean {
  const inPlace = item.closest('.result-focus') !== null;
  const siblings = item.closest('.result-set')?.querySelectorAll('.result-tile').length ?? 0;
  if (!inPlace && siblings < 2) return false;
  item.click();
  return true;
}

function Columns({ group, views }: { group: JobGroup; views: ReturnType<typeof useJobViews> }) {
  return (
    <div className="sweep-grid">
      {views.map((view) => {
        const label = group.labels?.[group.jobIds.indexOf(view.jobId)] || undefined;
        return <JobResults key={view.jobId} view={view} heading="h3" {...(label ? { label } : {})} />;
      })}
    </div>
  );
}
