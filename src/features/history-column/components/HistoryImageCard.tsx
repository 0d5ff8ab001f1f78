import type { ComponentProps } from 'react';
import type { ImageRef } from '../../history/index.lazy.ts';
import { ImageCard } from '../../images/index.lazy.ts';
import { ThumbnailFrame, useStoredThumbnail } from './Thumbnail.tsx';

type HistoryImageCardProps = Omit<ComponentProps<typeof ImageCard>, 'preview' | 'note'> & {
  image: ImageRef;
  /** The thumbnail's accessible name. */
  alt: string;
};

/** A history image's card: its stored thumbnail in the card's button, its note over it beside. */
export function HistoryImageCard({ image, alt, ...card }: HistoryImageCardProps) {
  const stored = useStoredThumbnail(image);
  return (
    <ImageCard
      {...card}
      preview={<ThumbnailFrame stored={stored} image={image} alt={alt} showNote={false} />}
      note={stored.note && <span className="history-thumb-note history-thumb-overlay">{stored.note}</span>}
    />
  );
}
