import { ImageTile } from '../../../ui/ImageTile.tsx';
import type { ResultImage } from '../../../wire/result.ts';

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
  const label = `Result ${index + 1} of ${count}`;
  return (
    <ImageTile
      url={image.url}
      label={label}
      aspect={aspect}
      onOpen={actions.onOpen}
      selected={marks.selected}
    >
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
    </ImageTile>
  );
}

/** A placeholder for an image that is still being made. */
export function PendingTile({ aspect }: { aspect: string }) {
  return (
    <div className="result-tile" style={{ aspectRatio: aspect }} data-state="loading" aria-hidden="true" />
  );
}
