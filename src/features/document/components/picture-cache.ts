import type { DocumentRecord } from '../schema.ts';

/**
 * When the canvas makes its one cached bitmap of the layers and the candidate on show again.
 * Making it draws every visible picture (up to 450 ms for ten 4K layers on a software canvas),
 * so it is made once the visible pictures have all arrived from the worker, not once per
 * arriving bitmap; pictures that do not show (hidden layers, the other candidates) never wait.
 */

/** The pictures the cached bitmap shows: the visible layers and the candidate on show. */
export function visiblePictureIds(doc: DocumentRecord, hideCandidate: boolean): string[] {
  const layers = doc.content.layers.filter((layer) => layer.visible).map((layer) => layer.id);
  const candidate = hideCandidate ? undefined : doc.content.candidates[doc.shown];
  return candidate ? [...layers, candidate.id] : layers;
}

export type CacheStep =
  /** Nothing to cache, or an opacity drag shows the layers live: drawn one by one. */
  | 'clear'
  /** A visible picture is still on its way: the last bitmap stays (hidden if there is none yet). */
  | 'wait'
  | 'cache';

/**
 * How long the canvas waits for the next visible picture: past it, what has arrived is cached,
 * so a picture that is slow (or never comes) neither hides the layers nor holds back an edit.
 */
export const MAX_PICTURE_WAIT_MS = 1000;

export function cacheStep({
  pictures,
  preview,
  waiting,
  waitedOut,
}: {
  /** Pictures in the group (layers and candidates with their bitmap). */
  pictures: number;
  /** A layer's opacity is being dragged. */
  preview: boolean;
  /** Visible pictures whose bitmap has not arrived. */
  waiting: number;
  /** No picture has arrived for MAX_PICTURE_WAIT_MS while these waited. */
  waitedOut: boolean;
}): CacheStep {
  if (preview) return 'clear';
  if (waiting > 0 && !waitedOut) return 'wait';
  return pictures === 0 ? 'clear' : 'cache';
}
