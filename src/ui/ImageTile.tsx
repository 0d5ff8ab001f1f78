import { useState, type ReactNode } from 'react';

type ImageTileProps = {
  url: string;
  /** The image's accessible name, e.g. "Result 2 of 4". */
  label: string;
  /** CSS aspect-ratio, so the tile keeps its shape before the image arrives. */
  aspect: string;
  onOpen: () => void;
  selected?: boolean;
  /** Marks and actions laid over the image. */
  children?: ReactNode;
};

/** One result image at its own proportions, shimmering until it arrives, opening larger on click. */
export function ImageTile({ url, label, aspect, onOpen, selected = false, children }: ImageTileProps) {
  const [state, setState] = useState<'loading' | 'loaded' | 'failed'>('loading');
  return (
    <figure
      className="result-tile"
      style={{ aspectRatio: aspect }}
      data-state={state}
      data-selected={selected || undefined}
    >
      {state === 'failed' ? (
        <figcaption className="result-failed">
          This image did not load.{' '}
          <a href={url} target="_blank" rel="noreferrer">
            Open it directly
          </a>
        </figcaption>
      ) : (
        <button type="button" className="result-button" onClick={onOpen} aria-label={`View ${label} larger`}>
          <img
            src={url}
            alt={label}
            decoding="async"
            onLoad={() => setState('loaded')}
            onError={() => setState('failed')}
          />
        </button>
      )}
      {children}
    </figure>
  );
}
