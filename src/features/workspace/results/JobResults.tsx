import '../job-error.css';
import { useEffect, useRef, useState } from 'react';
import { creditWords, getEntry } from '../../../catalog/index.ts';
import { ImageCard, subjectsOf, useImageActions, useShownSubjects } from '../../images/index.lazy.ts';
import type { JobView } from '../../jobs/index.ts';
import { useElapsedSeconds } from '../../jobs/index.lazy.ts';
import { cssAspect, tileSize } from './aspect.ts';
import { FittedGrid } from './FittedGrid.tsx';
import { FocusedResult } from './FocusedResult.tsx';

const STATUS_WORDS = { running: 'Running', done: 'Done', failed: 'Failed', cancelled: 'Cancelled' } as const;

/**
 * One job on the stage: what was asked, then its images filling the room, placeholders while
 * it runs, or its error where the images would be. A picked image opens large in place, the
 * others in a strip under it.
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
  const [focused, setFocused] = useState<string | null>(null);
  const focusIndex = subjects.findIndex((subject) => subject.image.id === focused);
  // Where the keyboard goes once the view has changed (back to the grid, or to the new image).
  const article = useRef<HTMLElement>(null);
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    if (!refocus.current) return;
    article.current?.querySelector<HTMLElement>(refocus.current)?.focus();
    refocus.current = null;
  });
  // Named by its place among all the job's images, hidden ones included, so names stay put.
  const nameOf = (place: number) =>
    label ? `${label} result ${place} of ${count}` : `Result ${place} of ${count}`;
  const requested = tileSize(undefined, record.settings.size);

  return (
    <article
      ref={article}
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
          <FittedGrid count={record.settings.n} size={requested}>
            {Array.from({ length: record.settings.n }, (_, i) => (
              <div key={i} className="result-tile" data-state="loading" aria-hidden="true" />
            ))}
          </FittedGrid>
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
      {focusIndex >= 0 ? (
        <FocusedResult
          subjects={subjects}
          index={focusIndex}
          nameOf={nameOf}
          size={(subject) => tileSize(subject.image, record.settings.size)}
          onPick={(index, keyboard) => {
            refocus.current = keyboard;
            setFocused(subjects[index]?.image.id ?? null);
          }}
          onClose={() => {
            refocus.current = `[data-triage-id="${CSS.escape(focused ?? '')}"]`;
            setFocused(null);
          }}
        />
      ) : (
        subjects.length > 0 && (
          <FittedGrid count={subjects.length} size={tileSize(subjects[0]?.image, record.settings.size)}>
            {subjects.map((subject, index) => (
              <ImageCard
                key={subject.image.id}
                subject={subject}
                label={nameOf(subject.image.index + 1)}
                aspect={cssAspect(tileSize(subject.image, record.settings.size))}
                onOpen={() => {
                  // One image is already as large as the stage allows: the large view zooms.
                  if (subjects.length === 1) return actions.view(subjects, index);
                  refocus.current = '.result-focus-main [data-triage-id]';
                  setFocused(subject.image.id);
                }}
              />
            ))}
          </FittedGrid>
        )
      )}
    </article>
  );
}

/** The prompt and the settings a set of images was made with, on one line. */
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
        {credits?.job !== undefined && <> · {creditWords(credits.job)}</>}
      </p>
    </div>
  );
}
