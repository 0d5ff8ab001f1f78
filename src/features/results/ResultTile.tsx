import { useState } from 'react';
import type { ResultImage } from '../../wire/result.ts';

export type TileMarks = { selected: boolean; starred: boolean; winner: boolean };

type ResultTileProps = {
  image: ResultImage;
  index: number;
  count: number;
  aspect: string;
  marks: TileMarks;
  onOpen: () => void;
  onToggleSelect: () => void;
  onToggleStar: () => void;
  onDownload: () => void;
  onUseAsSource: () => void;
};

/** One result at its own proportions, shimmering until the image has arrived, with its actions. */
export function ResultTile({ image, index, count, aspect, marks, ...actions }: ResultTileProps) {
  const [state, setState] = useState<'loading' | 'loaded' | 'failed'>('loading');
  const label = `Result ${index + 1} of ${count}`;

  return (
    <figure
      className="result-tile"
      style={{ aspectRatio: aspect }}
      data-state={state}
      data-selected={marks.selected || undefined}
    >
      {state === 'failed' ? (
        <figcaption className="result-failed">
          This image did not load.{' '}
          <a href={image.url} target="_blank" rel="noreferrer">
            Open it directly
          </a>
        </figcaption>
      ) : (
        <button
          type="button"
          className="result-button"
          onClick={actions.onOpen}
          aria-label={`View ${label} larger`}
        >
          <img
            src={image.url}
            alt={label}
            decoding="async"
            onLoad={() => setState('loaded')}
            onError={() => setState('failed')}
          />
        </button>
      )}
      <div className="result-marks">
        <button
          type="button"
          className="mark-button"
          aria-pressed={marks.selected}
          aria-label={`Select ${label} for comparison`}
          title="Select for comparison"
          onClick={actions.onToggleSelect}
        >
          {marks.selected ? '✓' : '+'}
        </button>
        <button
          type="button"
          className="mark-button"
          aria-pressed={marks.starred}
          aria-label={`Star ${label}`}
          title="Star as a favourite"
          onClick={actions.onToggleStar}
        >
          {marks.starred ? '★' : '☆'}
        </button>
        {marks.winner && <span className="winner-badge">Winner</span>}
      </div>
      <div className="result-actions">
        <button
          type="button"
          className="button button-small"
          onClick={actions.onDownload}
          aria-label={`Download ${label}`}
        >
          Download
        </button>
        <button
          type="button"
          className="button button-small"
          onClick={actions.onUseAsSource}
          aria-label={`Use ${label} as source`}
        >
          Use as source
        </button>
      </div>
    </figure>
  );
}

/** A placeholder for an image that is still being made. */
export function PendingTile({ aspect }: { aspect: string }) {
  return (
    <div className="result-tile" style={{ aspectRatio: aspect }} data-state="loading" aria-hidden="true" />
  );
}
