import { useEffect, useRef } from 'react';
import type { ResultImage } from '../../../wire/result.ts';

type LightboxProps = {
  images: readonly ResultImage[];
  index: number;
  onIndexChange: (index: number) => void;
  onClose: () => void;
};

/** A modal view of one result; Escape closes it, the arrow keys step through the set. */
export function Lightbox({ images, index, onIndexChange, onClose }: LightboxProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const image = images[index];
  const count = images.length;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  if (!image) return null;
  const label = `Result ${index + 1} of ${count}`;
  const step = (delta: number) => onIndexChange((index + delta + count) % count);

  return (
    <dialog
      ref={dialog}
      className="lightbox"
      aria-label={label}
      onClose={onClose}
      onKeyDown={(event) => {
        if (count < 2) return;
        if (event.key === 'ArrowRight') step(1);
        if (event.key === 'ArrowLeft') step(-1);
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="lightbox-bar">
        <span>{label}</span>
        {image.width && image.height && (
          <span className="muted">
            {image.width}×{image.height} · {image.format.toUpperCase()}
          </span>
        )}
        <a className="button button-small lightbox-open" href={image.url} target="_blank" rel="noreferrer">
          Open original
        </a>
        <button type="button" className="button button-small" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
      <div className="lightbox-stage">
        {count > 1 && (
          <button
            type="button"
            className="icon-button lightbox-nav"
            aria-label="Previous result"
            onClick={() => step(-1)}
          >
            ‹
          </button>
        )}
        <img src={image.url} alt={label} />
        {count > 1 && (
          <button
            type="button"
            className="icon-button lightbox-nav"
            aria-label="Next result"
            onClick={() => step(1)}
          >
            ›
          </button>
        )}
      </div>
    </dialog>
  );
}
