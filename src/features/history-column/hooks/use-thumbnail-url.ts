import { useEffect, useState } from 'react';
import {
  getThumbnail,
  historyDb,
  peekPrimedThumbnail,
  takePrimedThumbnail,
} from '../../history/index.lazy.ts';

export type ThumbnailState =
  { status: 'idle' | 'loading' | 'missing' | 'failed' } | { status: 'ready'; url: string };

/**
 * An object URL for a stored thumbnail, made only while `visible` and revoked as soon as the
 * image scrolls away or unmounts, so a long history never holds more than a screenful. A
 * thumbnail the first page read along is shown from the first render, without waiting to be seen.
 */
export function useThumbnailUrl(imageId: string, visible: boolean): ThumbnailState {
  // A first-screen card shows its thumbnail while mounted; the virtual list unmounts it off screen.
  const [primedAtMount] = useState(() => peekPrimedThumbnail(imageId));
  const [state, setState] = useState<ThumbnailState & { imageId: string }>(() =>
    primedAtMount ? { imageId, status: 'ready', url: primedAtMount } : { imageId, status: 'idle' },
  );
  const wanted = visible || primedAtMount !== undefined;
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    let url = takePrimedThumbnail(imageId);
    const read: Promise<string | Blob | undefined> = url
      ? Promise.resolve(url)
      : historyDb().then((db) => getThumbnail(db, imageId));
    read
      .then((found) => {
        if (!live) return;
        if (!found) {
          setState({ imageId, status: 'missing' });
          return;
        }
        const ready = typeof found === 'string' ? found : (url = URL.createObjectURL(found));
        // A primed URL is usually what the first render already shows: then nothing renders again.
        setState((last) =>
          last.imageId === imageId && last.status === 'ready' && last.url === ready
            ? last
            : { imageId, status: 'ready', url: ready },
        );
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
