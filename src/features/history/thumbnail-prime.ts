/**
 * Thumbnails read along with the first page of the list (one IndexedDB transaction for the
 * whole first screen), waiting for their card to show them. Each is handed out once, so the
 * page holds no more than a first screen's worth, however far the list is scrolled.
 */
const primed = new Map<string, Blob>();

/** Replaces what is waiting: a first page read again makes the earlier one stale. */
export function primeThumbnails(thumbnails: ReadonlyMap<string, Blob>): void {
  primed.clear();
  for (const [imageId, blob] of thumbnails) primed.set(imageId, blob);
}

export function isThumbnailPrimed(imageId: string): boolean {
  return primed.has(imageId);
}

/** The primed thumbnail of an image, if any, handed out once. */
export function takePrimedThumbnail(imageId: string): Blob | undefined {
  const blob = primed.get(imageId);
  primed.delete(imageId);
  return blob;
}
