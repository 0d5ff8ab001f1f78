import { useRef } from 'react';
import { useVisible } from '../hooks/use-visible.ts';
import type { ImageRef } from '../../history/index.lazy.ts';
import { useThumbnailUrl } from '../hooks/use-thumbnail-url.ts';

type ThumbnailProps = { image: ImageRef; alt: string; small?: boolean };

/** A stored preview, read from the history only while it is on screen. */
export function Thumbnail({ image, alt, small = false }: ThumbnailProps) {
  const frame = useRef<HTMLDivElement>(null);
  const visible = useVisible(frame);
  const thumb = useThumbnailUrl(image.id, visible && image.cached);
  const aspectRatio = image.width && image.height ? `${image.width} / ${image.height}` : '1 / 1';
  const note =
    !image.cached || thumb.status === 'missing'
      ? 'Not saved'
      : thumb.status === 'failed'
        ? 'Could not load'
        : '';
  return (
    <div
      ref={frame}
      className={small ? 'history-thumb history-thumb-small' : 'history-thumb'}
      style={{ aspectRatio }}
    >
      {thumb.status === 'ready' ? (
        <img src={thumb.url} alt={alt} decoding="async" />
      ) : (
        // The note is drawn by CSS from data-note: inside the card's "View … larger" button, text
        // would be visible words missing from the button's name (WCAG 2.5.3, label in name).
        <span
          className="history-thumb-note"
          role="img"
          aria-label={note ? `${alt} (${note.toLowerCase()})` : alt}
          data-note={note}
        />
      )}
    </div>
  );
}
