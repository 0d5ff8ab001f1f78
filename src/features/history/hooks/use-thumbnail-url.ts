import { useEffect, useState } from 'react';
import { historyDb } from '../db.ts';
import { getThumbnail } from '../images.ts';
import { isThumbnailPrimed, takePrimedThumbnail } from '../thumbnail-prime.ts';

export type ThumbnailState =
  { status: 'idle' | 'loading' | 'missing' | 'failed' } | { status: 'ready'; url: string };

/**
 * An object URL for a stored thumbnail, made only while `visible` and revoked as soon as the
 * image scrolls away or unmounts, so a long history never holds more than a screenful. A
 * thumbnail the first page read along is shown at once, without waiting to be seen.
 */
export function useThumbnailUrl(imageId: string, visible: boolean): ThumbnailState {
  const [state, setState] = useState<ThumbnailState & { imageId: string }>({ imageId, status: 'idle' });
  // A first-screen card shows its thumbnail while mounted; the virtual list unmounts it off screen.
  const [primedAtMount] = useState(() => isThumbnailPrimed(imageId));
  const wanted = visible || primedAtMount;
  useEffect(() => {
    if (!wanted) return;
    const primed = takePrimedThumbnail(imageId);
    let live = true;
    let url: string | undefined;
    const read = primed ? Promise.resolve(primed) : historyDb().then((db) => getThumbnail(db, imageId));
    read
      .then((blob) => {
        if (!live) return;
        if (blob) {
          url = URL.createObjectURL(blob);
          setState({ imageId, status: 'ready', url });
        } else {
          setState({ imageId, status: 'missing' });
        }
      })
      .catch(() => {
        if (live) setState({ imageId, status: 'failed' });
      });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
      setState({ imageId, status: 'idle' });
    };
  }, [imageId, wanted]);
  if (state.imageId !== imageId) return { status: 'idle' };
  return state.status === 'idle' && wanted ? { status: 'loading' } : state;
}
