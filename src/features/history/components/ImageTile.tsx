import { useState } from 'react';
import { errorMessage } from '../../../api/client.ts';
import { loadResultImage, useSetStarred, useSetWinner } from '../api/use-history-actions.ts';
import type { ImageRef, JobRecord } from '../record.ts';
import { Thumbnail } from './Thumbnail.tsx';
// The compare board is shared: history images can be compared with the current results.
import { useCompareStore } from '../../compare/store.ts';

type ImageTileProps = {
  job: JobRecord;
  image: ImageRef;
  lineageOpen: boolean;
  onToggleLineage: () => void;
  onUseAsSource: (job: JobRecord, image: ImageRef, blob: Blob) => void;
};

/** One result of a job, with what can be done to it. */
export function ImageTile({ job, image, lineageOpen, onToggleLineage, onUseAsSource }: ImageTileProps) {
  const star = useSetStarred();
  const selected = useCompareStore((s) => s.selectedIds.includes(image.id));
  const toggleSelected = useCompareStore((s) => s.toggleSelected);
  const winner = useSetWinner();
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const label = `Image ${image.index + 1} of ${job.images.length}`;

  const takeAsSource = async () => {
    setLoading(true);
    setProblem(null);
    try {
      onUseAsSource(job, image, await loadResultImage(image));
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setLoading(false);
    }
  };
  const writeProblem = star.error ?? winner.error;

  return (
    <li className={image.winner ? 'history-image history-image-winner' : 'history-image'}>
      <div role="group" aria-label={label}>
        <Thumbnail image={image} alt={`${label}: ${job.settings.prompt}`} />
        <div className="history-image-actions">
          <button
            type="button"
            className="history-toggle"
            aria-pressed={image.starred}
            disabled={star.isPending}
            onClick={() => star.mutate({ imageId: image.id, on: !image.starred })}
          >
            <span aria-hidden="true">{image.starred ? '★' : '☆'}</span> Star
          </button>
          {job.images.length > 1 && (
            <button
              type="button"
              className="history-toggle"
              aria-pressed={image.winner}
              disabled={winner.isPending}
              onClick={() => winner.mutate({ imageId: image.id, on: !image.winner })}
            >
              Winner
            </button>
          )}
          <button
            type="button"
            className="history-toggle"
            aria-pressed={selected}
            aria-label={`Compare ${label}`}
            onClick={() => toggleSelected(image.id)}
          >
            Compare
          </button>
          <button type="button" aria-busy={loading} disabled={loading} onClick={() => void takeAsSource()}>
            Use as source
          </button>
          <button type="button" aria-expanded={lineageOpen} onClick={onToggleLineage}>
            Lineage
          </button>
        </div>
        {(problem ?? writeProblem) && (
          <p className="history-problem" role="alert">
            {problem ?? errorMessage(writeProblem)}
          </p>
        )}
      </div>
    </li>
  );
}
