import { errorMessage } from '../../../api/client.ts';
import type { LineageEdit } from '../lineage.ts';
import { useLineage } from '../use-lineage.ts';
import { MODE_LABELS, STATUS_LABELS } from '../labels.ts';
import { Thumbnail } from './Thumbnail.tsx';

type LineageProps = { imageId: string; imageLabel: string; onClose: () => void };

/** Where an image came from (oldest first) and the edits made from it. */
export function Lineage({ imageId, imageLabel, onClose }: LineageProps) {
  const lineage = useLineage(imageId);
  return (
    <section className="history-lineage" aria-label={`Lineage of ${imageLabel}`}>
      <header className="history-lineage-header">
        <h4>Lineage of {imageLabel}</h4>
        <button type="button" onClick={onClose}>
          Close lineage
        </button>
      </header>
      {lineage.isPending && <p className="history-muted">Reading the history…</p>}
      {lineage.isError && (
        <p className="history-problem" role="alert">
          {errorMessage(lineage.error)}
        </p>
      )}
      {lineage.data === null && <p className="history-muted">This image is no longer in the history.</p>}
      {lineage.data && (
        <>
          <ol className="history-chain" aria-label="Made from">
            {lineage.data.chain.map(({ job, image }, i, chain) => (
              <li key={image.id} aria-current={i === chain.length - 1 ? 'true' : undefined}>
                <Thumbnail image={image} alt={`${MODE_LABELS[job.mode]}: ${job.settings.prompt}`} small />
                <span className="history-chain-text">
                  {MODE_LABELS[job.mode]} · {job.settings.prompt || 'No prompt'}
                  {i === chain.length - 1 ? ' (this image)' : ''}
                </span>
              </li>
            ))}
          </ol>
          {lineage.data.edits.length > 0 ? (
            <EditList edits={lineage.data.edits} label="Edits made from it" />
          ) : (
            <p className="history-muted">No edits were made from this image yet.</p>
          )}
        </>
      )}
    </section>
  );
}

function EditList({ edits, label }: { edits: LineageEdit[]; label: string }) {
  return (
    <ul className="history-edits" aria-label={label}>
      {edits.map(({ job, results }) => (
        <li key={job.id}>
          <span className="history-chain-text">
            {MODE_LABELS[job.mode]} · {job.settings.prompt || 'No prompt'}
            {job.status !== 'done' ? ` (${STATUS_LABELS[job.status].toLowerCase()})` : ''}
          </span>
          {results.length > 0 && (
            <ul className="history-edit-results">
              {results.map(({ image, edits: further }) => (
                <li key={image.id}>
                  <Thumbnail image={image} alt={`${MODE_LABELS[job.mode]}: ${job.settings.prompt}`} small />
                  {further.length > 0 && <EditList edits={further} label="Edits made from this result" />}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
