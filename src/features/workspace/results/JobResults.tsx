import { getEntry } from '../../../catalog/index.ts';
import { ImageCard, subjectsOf, useImageActions, useShownSubjects } from '../../images/index.ts';
import { useElapsedSeconds, type JobView } from '../../jobs/index.ts';
import { tileAspect } from './aspect.ts';

const STATUS_WORDS = { running: 'Running', done: 'Done', failed: 'Failed', cancelled: 'Cancelled' } as const;

/**
 * One job on the stage: what was asked, then its images, placeholders while it runs, or its
 * error where the images would be.
 */
export function JobResults({
  view,
  label,
  heading,
}: {
  view: JobView;
  label?: string;
  heading: 'h3' | 'none';
}) {
  const { record } = view;
  const all = subjectsOf(record, view.sourceBlob);
  const subjects = useShownSubjects(all);
  const actions = useImageActions();
  const count = all.length;
  const elapsed = useElapsedSeconds(view.submittedAt);
  const cancelled = record.status === 'cancelled';
  return (
    <article
      className="result-set"
      aria-label={label ? `${label} results` : undefined}
      data-status={record.status}
    >
      <JobSummary view={view} label={label} heading={heading} />
      {record.status === 'running' && (
        <>
          <p className="muted job-running">
            {view.submittedAt
              ? `Working… ${elapsed} s`
              : 'Still running on the server; collected when it ends.'}
          </p>
          <div className="result-grid">
            {Array.from({ length: record.settings.n }, (_, i) => (
              <div
                key={i}
                className="result-tile"
                style={{ aspectRatio: tileAspect(undefined, record.settings.size) }}
                data-state="loading"
                aria-hidden="true"
              />
            ))}
          </div>
        </>
      )}
      {(record.status === 'failed' || cancelled) && (
        <div className="job-error" data-cancelled={cancelled || undefined}>
          <p className="job-error-title">{cancelled ? 'Cancelled.' : 'This job failed.'}</p>
          {!cancelled && record.error && <p>{record.error.message}</p>}
          <p className="muted">
            The prompt, settings{record.mask ? ' and mask' : ''} are still in the form: adjust and run again.
          </p>
        </div>
      )}
      {count > subjects.length && subjects.length === 0 && (
        <p className="muted">Every image of this job is rejected; “Show rejected” brings them back.</p>
      )}
      {subjects.length > 0 && (
        <div className="result-grid">
          {subjects.map((subject, index) => {
            // Named by its place among all the job's images, hidden ones included, so names stay put.
            const place = subject.image.index + 1;
            const name = label ? `${label} result ${place} of ${count}` : `Result ${place} of ${count}`;
            return (
              <ImageCard
                key={subject.image.id}
                subject={subject}
                label={name}
                aspect={tileAspect(subject.image, record.settings.size)}
                onOpen={() => actions.view(subjects, index)}
              />
            );
          })}
        </div>
      )}
    </article>
  );
}

/** The prompt and the settings a set of images was made with. */
function JobSummary({ view, label, heading }: { view: JobView; label?: string; heading: 'h3' | 'none' }) {
  const { record } = view;
  const { settings } = record;
  const entry = getEntry(record.entryId);
  const facts = [
    entry?.label ?? record.model,
    settings.size.replace('x', '×'),
    `${settings.quality} quality`,
  ];
  if (entry?.outputFormat) facts.push(settings.outputFormat.toUpperCase());
  const credits = record.credits;
  return (
    <div className="job-summary">
      {label && heading === 'h3' && <h3 className="sweep-column-title">{label}</h3>}
      <p className="job-prompt" title={settings.prompt}>
        {settings.prompt}
      </p>
      <p className="job-facts muted">
        {facts.join(' · ')}
        {record.status !== 'done' && ` · ${STATUS_WORDS[record.status]}`}
        {credits?.job !== undefined && <> · {credits.job.toLocaleString('en-US')} credits</>}
      </p>
    </div>
  );
}
