import '../job-error.css';
import { useJobsStore } from '../../jobs/index.ts';
import { useElapsedSeconds, useJobViews } from '../../jobs/index.lazy.ts';

const NO_JOBS: readonly string[] = [];

/**
 * The last job run on this document, where its candidates will appear: its progress while it
 * runs, and its error, with what is kept, if it fails.
 */
export function CurrentJobLine({ documentId }: { documentId: string }) {
  const group = useJobsStore((s) => s.current);
  const view = useJobViews(group?.jobIds ?? NO_JOBS).find(
    (candidate) => candidate.record.source?.documentId === documentId,
  );
  const elapsed = useElapsedSeconds(view?.submittedAt);
  if (!view) return null;
  const { record } = view;
  if (record.status === 'running') {
    return (
      <p role="status" className="muted current-job">
        {view.submittedAt
          ? `Working… ${elapsed} s. The results will wait here as candidates.`
          : 'Still running on the server; collected when it ends.'}
      </p>
    );
  }
  if (record.status === 'failed' || record.status === 'cancelled') {
    return (
      <div className="job-error current-job" role="alert">
        <p className="job-error-title">{record.status === 'cancelled' ? 'Cancelled.' : 'This job failed.'}</p>
        {record.status === 'failed' && record.error && <p>{record.error.message}</p>}
        <p className="muted">
          The prompt, settings{record.mask ? ' and mask' : ''} are still in the form: adjust and run again.
        </p>
      </div>
    );
  }
  return null;
}
