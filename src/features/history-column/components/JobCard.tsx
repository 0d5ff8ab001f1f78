import { memo, useDeferredValue, useId, useState } from 'react';
import { errorMessage } from '../../../api/client.ts';
import { subjectsOf, useImageActions, useReuseJob, useShownSubjects } from '../../images/index.lazy.ts';
import { creditsText, durationText, MODE_LABELS, STATUS_LABELS, whenText } from '../labels.ts';
import {
  loadJobSource,
  useDeleteJob,
  useSaveImagesAgain,
  type ImageRef,
  type JobRecord,
} from '../../history/index.lazy.ts';
import { DocumentFact } from './DocumentFact.tsx';
import { LineageView } from './LineageView.tsx';
import { HistoryImageCard } from './HistoryImageCard.tsx';

type JobCardProps = {
  job: JobRecord;
  /**
   * Mount the image tiles (each with its actions) just after the card: a search's first rows
   * then show in the frame after the key, and their tiles, which wait for their thumbnails
   * anyway, one render later. Frames of the tiles' size hold their place meanwhile.
   */
  tilesLater?: boolean;
};

/**
 * One job of the history: what was asked, what came back, and what can be done with it. Drawn
 * again only when its record changes, not at every key typed in the search above it.
 */
export const JobCard = memo(function JobCard({ job, tilesLater = false }: JobCardProps) {
  const promptId = useId();
  const tilesShown = useDeferredValue(true, !tilesLater);
  const remove = useDeleteJob();
  const onReuse = useReuseJob();
  const actions = useImageActions();
  const subjects = useShownSubjects(subjectsOf(job));
  const saveAgain = useSaveImagesAgain();
  const [confirming, setConfirming] = useState(false);
  const [lineageOf, setLineageOf] = useState<ImageRef | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const credits = creditsText(job);
  const unsaved = job.status === 'done' && job.images.some((image) => !image.cached);
  const writeError = remove.error ?? saveAgain.error;
  const shownProblem =
    problem ?? (writeError ? errorMessage(writeError) : saveAgain.data?.failed[0]?.message);

  const reuse = async () => {
    setProblem(null);
    try {
      await onReuse(job, await loadJobSource(job));
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <article className={`history-job history-job-${job.status}`} aria-labelledby={promptId}>
      <header className="history-job-header">
        <h3 id={promptId} className="history-prompt" title={job.settings.prompt}>
          {job.settings.prompt || 'No prompt'}
        </h3>
        <span className={`history-status history-status-${job.status}`}>{STATUS_LABELS[job.status]}</span>
      </header>
      <dl className="history-facts">
        <div>
          <dt>Mode</dt>
          <dd>{MODE_LABELS[job.mode]}</dd>
        </div>
        <div>
          <dt>Model</dt>
          <dd>{job.model}</dd>
        </div>
        <div>
          <dt>Size</dt>
          <dd>{job.settings.size}</dd>
        </div>
        <div>
          <dt>When</dt>
          <dd>
            <time dateTime={new Date(job.createdAt).toISOString()}>{whenText(job.createdAt)}</time>
          </dd>
        </div>
        {job.durationMs !== undefined && (
          <div>
            <dt>Took</dt>
            <dd>{durationText(job.durationMs)}</dd>
          </div>
        )}
        {job.source?.documentId && <DocumentFact documentId={job.source.documentId} />}
        {credits && (
          <div>
            <dt>Cost</dt>
            <dd>{credits}</dd>
          </div>
        )}
      </dl>
      {job.error && <p className="history-job-error">{job.error.message}</p>}
      {subjects.length === 0 && job.images.length > 0 && (
        <p className="history-muted">
          Every image of this job is rejected; “Show rejected” brings them back.
        </p>
      )}
      {subjects.length > 0 && (
        <ul className="history-images" aria-label="Results">
          {subjects.map((subject, index) => {
            const { image } = subject;
            const label = `Image ${image.index + 1} of ${job.images.length}`;
            const aspect = image.width && image.height ? `${image.width} / ${image.height}` : '1 / 1';
            if (!tilesShown) {
              return (
                <li key={image.id} className="history-image">
                  <div className="result-tile" style={{ aspectRatio: aspect }} />
                </li>
              );
            }
            return (
              <li key={image.id} className="history-image">
                <HistoryImageCard
                  image={image}
                  alt={`${label}: ${job.settings.prompt}`}
                  subject={subject}
                  label={label}
                  aspect={aspect}
                  onOpen={() => actions.view(subjects, index)}
                  menu={
                    <button
                      type="button"
                      role="menuitem"
                      aria-expanded={lineageOf?.id === image.id}
                      onClick={() => setLineageOf(lineageOf?.id === image.id ? null : image)}
                    >
                      Lineage
                    </button>
                  }
                />
              </li>
            );
          })}
        </ul>
      )}
      {lineageOf && (
        <LineageView
          imageId={lineageOf.id}
          imageLabel={`image ${lineageOf.index + 1}`}
          onClose={() => setLineageOf(null)}
        />
      )}
      <div className="history-job-actions">
        <button type="button" onClick={() => void reuse()}>
          Reuse settings
        </button>
        {unsaved && (
          <button type="button" disabled={saveAgain.isPending} onClick={() => saveAgain.mutate(job.id)}>
            Save images again
          </button>
        )}
        {confirming ? (
          <span className="history-confirm" role="group" aria-label="Confirm delete">
            <span>Delete this job and its images?</span>
            <button
              type="button"
              className="history-danger"
              disabled={remove.isPending}
              onClick={() => remove.mutate(job.id)}
            >
              Confirm delete
            </button>
            {/* Focus lands on the safe choice. */}
            <button type="button" autoFocus onClick={() => setConfirming(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button type="button" className="history-danger" onClick={() => setConfirming(true)}>
            Delete
          </button>
        )}
      </div>
      {shownProblem && (
        <p className="history-problem" role="alert">
          {shownProblem}
        </p>
      )}
    </article>
  );
});
