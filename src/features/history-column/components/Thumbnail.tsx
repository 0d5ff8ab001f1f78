import { useRef, type RefObject } from 'react';
import { useVisible } from '../hooks/use-visible.ts';
import type { ImageRef } from '../../history/index.lazy.ts';
import { useThumbnailUrl, type ThumbnailState } from '../hooks/use-thumbnail-url.ts';

type StoredThumbnail = {
  /** The frame whose visibility decides whether the thumbnail is read. */
  frame: RefObject<HTMLDivElement | null>;
  thumb: ThumbnailState;
  /** "Not saved" or "Could not load" while there is no thumbnail to show; '' otherwise. */
  note: string;
};

/** A stored preview, read from the history only while its frame is on screen. */
export function useStoredThumbnail(image: ImageRef): StoredThumbnail {
  const frame = useRef<HTMLDivElement>(null);
  const visible = useVisible(frame);
  const thumb = useThumbnailUrl(image.id, visible && image.cached);
  const note =
    !image.cached || thumb.status === 'missing'
      ? 'Not saved'
      : thumb.status === 'failed'
        ? 'Could not load'
        : '';
  return { frame, thumb, note };
}

type ThumbnailFrameProps = {
  stored: StoredThumbnail;
  image: ImageRef;
  alt: string;
  small?: boolean;
  /** False where the note is shown beside the frame (outside the button the frame sits in). */
  showNote?: boolean;
};

/** The thumbnail in a frame of the image's shape, or its note while there is none. */
export function ThumbnailFrame({ stored, image, alt, small = false, showNote = true }: ThumbnailFrameProps) {
  const { frame, thumb, note } = stored;
  const aspectRatio = image.width && image.height ? `${image.width} / ${image.height}` : '1 / 1';
  return (
    <div
      ref={frame}
      className={small ? 'history-thumb history-thumb-small' : 'history-thumb'}
      style={{ aspectRatio }}
    >
      {thumb.status === 'ready' ? (
        <img src={thumb.url} alt={alt} decoding="async" />
      ) : (
        <span
          className="history-thumb-note"
          role="img"
          aria-label={note ? `${alt} (${note.toLowerCase()})` : alt}
        >
          {showNote && note}
        </span>
      )}
    </div>
  );
}

/** A stored preview with its note, where it stands alone (the lineage). */
export function Thumbnail({ image, alt, small }: { image: ImageRef; alt: string; small?: boolean }) {
  const stored = useStoredThumbnail(image);
  return <ThumbnailFrame stored={stored} image={image} alt={alt} small={small} />;
}
