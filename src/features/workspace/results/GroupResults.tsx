import './results.css';
import { TriageArea } from '../../images/index.lazy.ts';
import { useJobsStore, type JobGroup } from '../../jobs/index.ts';
import { useJobViews } from '../../jobs/index.lazy.ts';
import { JobResults } from './JobResults.tsx';
import { NoResults, ResultsFrame } from './ResultsFrame.tsx';

const NO_JOBS: readonly string[] = [];

/**
 * The stage's results: the group of jobs the last click started (kept across reloads), one job
 * as a grid, a sweep or batch as columns side by side. Its own chunk: the stage loads it once
 * there is a job, and shows the empty frame until then.
 */
export function GroupResults({ emptyHint }: { emptyHint: string }) {
  const group = useJobsStore((s) => s.current);
  const views = useJobViews(group?.jobIds ?? NO_JOBS);
  const inpaint = views.some((view) => view.record.mode === 'inpaint');

  return (
    <ResultsFrame inpaint={inpaint}>
      {views.length === 0 ? (
        <NoResults hint={emptyHint} />
      ) : (
        <TriageArea label="Result images" className="results-body" onView={openInPlace}>
          {group && group.kind !== 'single' ? (
            <Columns group={group} views={views} />
          ) : (
            views.map((view) => <JobResults key={view.jobId} view={view} heading="none" />)
          )}
        </TriageArea>
      )}
    </ResultsFrame>
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
