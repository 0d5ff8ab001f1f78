import { useState } from 'react';
import type { ResultImage } from '../../wire/result.ts';

type ResultTileProps = {
  image: ResultImage;
  index: number;
  count: number;
  aspect: string;
  onOpen: () => void;
  onUseAsSource: () => void;
};

/** One result at its own proportions, shimmering until the image has arrived. */
export function ResultTile({ image, index, count, aspect, onOpen, onUseAsSource }: ResultTileProps) {
  const [state, setState] = useState<'loading' | 'loaded' | 'failed'>('loading');
  const label = `Result ${index + 1} of ${count}`;

  return (
    <figure className="result-tile" style={{ aspectRatio: aspect }} data-state={state}>
      {state === 'failed' ? (
        <figcaption className="result-failed">
          This image did not load.{' '}
          <a href={image.url} target="_blank" rel="noreferrer">
            Open it directly
          </a>
        </figcaption>
      ) : (
        <button type="button" className="result-button" onClick={onOpen} aria-label={`View ${label} larger`}>
          <img
            src={image.url}
            alt={label}
            decoding="async"
            onLoad={() => setState('loaded')}
            onError={() => setState('failed')}
          />
        </button>
      )}
      <div className="result-actions">
        <button
          type="button"
          className="button button-small"
          onClick={onUseAsSource}
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
