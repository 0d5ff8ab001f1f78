import { useEffect, useState } from 'react';
import { historyDb } from '../db.ts';
import { getThumbnail } from '../images.ts';

export type ThumbnailState =
  { status: 'idle' | 'loading' | 'missing' | 'failed' } | { status: 'ready'; url: string };

/**
 * An object URL for a stored thumbnail, made only while `visible` and revoked as soon as the
 * image scrolls away or unmounts, so a long history never holds more than a screenful.
 */
export function useThumbnailUrl(imageId: string, visible: boolean): ThumbnailState {
  const [state, setState] = useState<ThumbnailState & { imageId: string }>({ imageId, status: 'idle' });
  useEffect(() => {
    if (!visible) return;
    let live = true;
    let url: string | undefined;
    historyDb()
      .then((db) => getThumbnail(db, imageId))
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
  }, [imageId, visible]);
  if (state.imageId !== imageId) return { status: 'idle' };
  return state.status === 'idle' && visible ? { status: 'loading' } : state;
}
